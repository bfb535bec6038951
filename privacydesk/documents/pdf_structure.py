"""What a PDF would cost to open, measured before anything renders it.

A page tree that lists itself makes a viewer walk forever; a megabyte of compressed zeros
becomes a gigabyte of page content. Both are found here by walking the tree with a record
of where it has been, and by inflating each compressed stream only up to a budget — the
inflated bytes are counted and dropped, never kept.
"""

from __future__ import annotations

import zlib
from typing import Any

from privacydesk.core.messages import Message, message

# A request with its annexes is a few dozen pages; a thousand is no letter.
MAX_PDF_PAGES = 1000
# A 600 dpi colour A4 page stored losslessly is about 100 MB inflated; a request never
# holds five of those. A flate bomb of 1 MB inflates to 1 GB.
MAX_PDF_INFLATED_BYTES = 512 * 1024 * 1024
_CHUNK = 256 * 1024


class PdfStructureError(Exception):
    """The PDF is refused; ``reason`` completes the sentence "'name' is …"."""

    def __init__(self, reason: str | Message) -> None:
        super().__init__(str(reason))
        # Said in the officer's language inside the refusal's sentence.
        self.reason = reason if isinstance(reason, Message) else message(reason)


def _key(value: Any) -> tuple[int, int] | None:
    idnum = getattr(value, "idnum", None)
    if idnum is None:
        return None
    return int(idnum), int(getattr(value, "generation", 0))


def count_pages(root: Any) -> int:
    """The pages the tree really holds (not what ``/Count`` claims); refuses cycles and excess.

    ``root`` is the document catalog of a pyHanko reader.
    """
    pending: list[Any] = [root.raw_get("/Pages")]
    visited: set[tuple[int, int]] = set()
    pages = 0
    nodes = 0
    while pending:
        raw = pending.pop()
        key = _key(raw)
        if key is not None:
            if key in visited:
                raise PdfStructureError(
                    "een beschadigde PDF: de lijst van pagina's verwijst naar zichzelf"
                )
            visited.add(key)
        node = raw.get_object() if hasattr(raw, "get_object") else raw
        nodes += 1
        if nodes > MAX_PDF_PAGES * 2:
            raise _too_many_pages()
        kids = node.get("/Kids") if hasattr(node, "get") else None
        if kids is None:
            pages += 1
            if pages > MAX_PDF_PAGES:
                raise _too_many_pages()
            continue
        kids = kids.get_object() if hasattr(kids, "get_object") else kids
        pending.extend(kids.raw_get(index) for index in range(len(kids)))
    return pages


def _too_many_pages() -> PdfStructureError:
    limit = f"{MAX_PDF_PAGES:,}".replace(",", ".")
    return PdfStructureError(
        message(
            "een PDF van meer dan {limit} pagina's, meer dan een verzoek ooit telt", limit=limit
        )
    )


def _first_filter(stream: Any) -> str | None:
    filters = stream.get("/Filter")
    if isinstance(filters, list):  # pyHanko's arrays are lists, its names are strings
        return str(filters[0]) if filters else None
    return None if filters is None else str(filters)


def inflated_size(streams: Any, budget: int = MAX_PDF_INFLATED_BYTES) -> int:
    """The bytes all flate-compressed streams inflate to; refuses once past ``budget``.

    ``streams`` yields pyHanko stream objects. A stream that does not inflate (damaged, or
    encrypted) counts with its stored size: a viewer gives up on it just as quickly.
    """
    total = 0
    for stream in streams:
        encoded: bytes = stream.encoded_data
        if _first_filter(stream) not in ("/FlateDecode", "/Fl"):
            total += len(encoded)
        else:
            inflater = zlib.decompressobj()
            try:
                for start in range(0, len(encoded), _CHUNK):
                    piece = encoded[start : start + _CHUNK]
                    while piece:
                        total += len(inflater.decompress(piece, _CHUNK))
                        if total > budget:
                            raise _too_large(budget)
                        piece = inflater.unconsumed_tail
                    if inflater.eof:
                        break
            except zlib.error:
                total += len(encoded)
        if total > budget:
            raise _too_large(budget)
    return total


def _too_large(budget: int) -> PdfStructureError:
    return PdfStructureError(
        message(
            "een PDF die bij het openen onredelijk groot zou worden (meer dan {size} MB aan "
            "pagina-inhoud, een 'compressiebom')",
            size=budget // (1024 * 1024),
        )
    )


def check_structure(reader: Any) -> int:
    """Walk the page tree and weigh the streams of a pyHanko reader; the page count."""
    pages = count_pages(reader.root)
    get_object: Any = reader.get_object

    def streams() -> Any:
        for revision in range(reader.xrefs.total_revisions):
            for ref in reader.xrefs.explicit_refs_in_revision(revision):
                obj = get_object(ref)
                if hasattr(obj, "encoded_data"):
                    yield obj

    inflated_size(streams())
    return pages
