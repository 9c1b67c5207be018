/**
 * Text analytics for Persian and English: the foundation that later analysis builds on.
 * Normalisation of Persian script with a map back to the original offsets
 * ({@link org.hamsafar.text.PersianTextNormalizer}), tokens and sentences
 * ({@link org.hamsafar.text.Tokenizer}) and language detection ({@link org.hamsafar.text.LanguageDetector}).
 * Pure functions without storage: the module may only use {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.hamsafar.text;
