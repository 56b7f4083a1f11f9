package org.bravo.media;

/**
 * Why a film could not be shown, as its uploader reads it: the web app words each in the reader's language
 * ({@code videos.failure.<CODE>}, with the {@code failureParams} of the view), and the registry test keeps the two in
 * step. {@code failureReason} stays the English sentence, for API users and for films that failed before codes existed.
 */
public enum VideoFailure {
    /** ffprobe could not read the file in time: damaged, or not a video. */
    UNREADABLE,
    NOT_A_VIDEO,
    SOUND_ONLY,
    /** A still picture renamed as a film: it belongs with the photos. */
    A_PICTURE,
    /** A container Bravo does not accept; {@code format}. */
    FORMAT_NOT_ACCEPTED,
    NO_LENGTH,
    NO_PICTURE_SIZE,
    /** {@code duration} and {@code max}, as m:ss. */
    TOO_LONG,
    /** {@code width}, {@code height} and {@code maxSide}, in pixels. */
    PICTURE_TOO_LARGE,
    /** {@code tracks} and {@code max}. */
    TOO_MANY_TRACKS,
    /** Processing took longer than {@code max} (m:ss), the most its length allows. */
    TOO_SLOW,
    /** Processing failed on every try. */
    GAVE_UP,
    /** The uploader's account was suspended while the film was uploading. */
    ACCOUNT_SUSPENDED
}
