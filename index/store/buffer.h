/* What index/store/_blocks.c and _positions.c (through positions.h) share: a growing byte
 * buffer, the numbers written into it (bytes, big-endian integers, little-endian uint32s,
 * unsigned LEB128 varints) and read back. Static inline functions: each module includes it once
 * and compiles only what it uses. */
#ifndef KABAR_BUFFER_H
#define KABAR_BUFFER_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* A growing byte buffer; {NULL, 0, 0} is empty, its data freed with PyMem_Free. */
typedef struct {
    uint8_t *data;
    Py_ssize_t size, capacity;
} Out;

/* Room for `more` bytes after `size`: 0, or -1 with MemoryError set. */
static inline int reserve(Out *out, Py_ssize_t more)
{
    if (out->size + more <= out->capacity)
        return 0;
    Py_ssize_t capacity = out->capacity ? out->capacity : 1 << 12;
    while (capacity < out->size + more)
        capacity *= 2;
    uint8_t *data = PyMem_Realloc(out->data, capacity);
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    out->data = data;
    out->capacity = capacity;
    return 0;
}

/* The put_ functions write into room the caller reserved. */
static inline void put_bytes(Out *out, const void *bytes, Py_ssize_t size)
{
    memcpy(out->data + out->size, bytes, size);
    out->size += size;
}

static inline void put_byte(Out *out, uint8_t byte)
{
    out->data[out->size++] = byte;
}

/* Big-endian, as Whoosh's struct formats ("!") write. */
static inline void put_be(Out *out, uint64_t value, int size)
{
    for (int k = size - 1; k >= 0; k--)
        put_byte(out, (uint8_t)(value >> (8 * k)));
}

/* At most 10 bytes. */
static inline void put_varint(Out *out, uint64_t value)
{
    while (value >= 0x80) {
        out->data[out->size++] = (uint8_t)(value | 0x80);
        value >>= 7;
    }
    out->data[out->size++] = (uint8_t)value;
}

static inline void put_u32(uint8_t *at, uint32_t value)
{
    for (int k = 0; k < 4; k++)
        at[k] = (uint8_t)(value >> (8 * k));
}

static inline uint32_t get_u32(const uint8_t *at)
{
    return (uint32_t)at[0] | (uint32_t)at[1] << 8 | (uint32_t)at[2] << 16 |
           (uint32_t)at[3] << 24;
}

/* A varint at *p (before end); 0 and p unchanged past the end (a damaged file reads short). */
static inline uint64_t get_varint(const uint8_t **p, const uint8_t *end)
{
    uint64_t value = 0;
    int shift = 0;
    const uint8_t *q = *p;
    while (q < end && shift < 64) {
        uint8_t byte = *q++;
        value |= (uint64_t)(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *p = q;
            return value;
        }
        shift += 7;
    }
    *p = end;
    return 0;
}

static inline void skip_varints(const uint8_t **p, const uint8_t *end, uint64_t count)
{
    const uint8_t *q = *p;
    while (count && q < end) {
        if (!(*q++ & 0x80))
            count--;
    }
    *p = q;
}

#endif
