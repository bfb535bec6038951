"""Hostile PDFs made in the test: a page tree that lists itself, a flate bomb.

Both are valid enough to pass a naive intake: a header, objects, a cross-reference table
and ``%%EOF``.
"""

from __future__ import annotations

import functools
import struct
import zlib


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF with the given objects (numbered from 1; object 1 is the catalog) and a true xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def self_referencing_page_tree() -> bytes:
    """The 606-byte kind: the page tree node lists itself among its kids, forever."""
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length 0 >>\nstream\n\nendstream",
        ]
    )


@functools.cache
def _bomb_stream(decompressed: int) -> bytes:
    """Zeros, compressed: after a full flush the compressor's output for the same chunk
    repeats, so only two chunks are compressed and the rest is copied (fast in a test)."""
    chunk_size = 16 * 1024 * 1024
    chunks, rest = divmod(decompressed, chunk_size)
    assert chunks >= 2 and rest == 0, "a whole number of 16 MB chunks, at least two"
    chunk = bytes(chunk_size)
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush()[:-4]  # the end block; its checksum is for two chunks only
    adler = ((decompressed % 65521) << 16) | 1  # Adler-32 of that many zero bytes
    return first + repeat * (chunks - 1) + tail + struct.pack(">I", adler)


def flate_bomb(decompressed: int = 1024 * 1024 * 1024) -> bytes:
    """About 1 MB on disk, a gigabyte of page content once inflated."""
    stream = _bomb_stream(decompressed)
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
        ]
    )


def many_pages(count: int) -> bytes:
    """A page tree with more pages than any request letter has."""
    kids = b" ".join(b"%d 0 R" % (3 + n) for n in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * count
    return build_pdf(objects)
