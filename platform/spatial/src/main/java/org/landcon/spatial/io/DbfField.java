package org.landcon.spatial.io;

/**
 * A dBASE field: name (at most 10 bytes), type {@code C} character, {@code N}/{@code F} numeric,
 * {@code D} date, {@code L} logical, length and decimal count. The length of a character field
 * counts bytes of the file's encoding, not characters: in GBK a Chinese character takes two.
 */
public record DbfField(String name, char type, int length, int decimals) {

    public DbfField {
        if (length < 1 || length > 254) {
            throw new IllegalArgumentException("DBF field " + name + ": length " + length + " outside 1..254");
        }
    }
}
