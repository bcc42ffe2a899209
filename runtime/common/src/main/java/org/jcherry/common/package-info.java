/**
 * What the annotation processor and the runtime must read exactly alike, in an artifact with no
 * dependencies so that the processor does not need the runtime: the Python-literal reader of config
 * values ({@link org.jcherry.common.PythonLiteral}), the rule that turns a path segment into a
 * handler name ({@link org.jcherry.common.Names}) and the text-to-type conversions generated code
 * calls ({@link org.jcherry.common.Converters}). Not user API: its members may change in any
 * release.
 */
package org.jcherry.common;
