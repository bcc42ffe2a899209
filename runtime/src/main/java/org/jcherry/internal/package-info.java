/**
 * The support code that generated dispatch tables call: handler signatures, argument binding and
 * the handler invocation. It is public only because generated code in user packages must reach it;
 * it is not user API and may change in any release (as Dagger's {@code dagger.internal}).
 */
package org.jcherry.internal;
