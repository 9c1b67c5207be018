package org.hamsafar.feedback;

/** An option of a single or multiple choice question; {@code id} is what answers name. */
public record Choice(String id, LocalizedText text) {
}
