"""Phrases about the encoding context the data set travels in (issue 13: "decided by the
context the object is read or written in").

PS3.3 C.7.6.3 Image Pixel Module, the row including the Image Pixel Description Macro:
"Required if the IOD is not being transferred in a STOW-RS Request and is not encoded
as metadata and compressed bulk pixel data." Its description adds (see PS3.18 Section
10.5): "When the IOD is encoded as metadata in a STOW-RS Request and the bulk pixel
data is compressed, the STOW-RS origin server is required to be able to derive
appropriate values ... from the compressed bit stream". The case exempted is the
metadata of a STOW-RS request with compressed bulk pixel data: required unless the
data set travels as STOW-RS metadata and its bulk pixel data is compressed (which the
data set alone does not tell).
"""

from __future__ import annotations

import re

from generator.ir.conditions import And, EncodingContext, Not, Predicate, Unknown

STOW_RS_METADATA = "stow-rs-metadata"

_NOT_STOW_RS_METADATA = re.compile(
    r"^(?:the )?IOD is not being transferred in a STOW-RS Request and is not encoded as "
    r"metadata and compressed bulk pixel data$",
    re.IGNORECASE,
)


def encoding_predicate(phrase: str) -> Predicate | None:
    """The predicate of a phrase about the encoding context, or ``None``."""
    if _NOT_STOW_RS_METADATA.match(phrase.strip(" ,;.")):
        return Not(
            operand=And(
                operands=(
                    EncodingContext(name=STOW_RS_METADATA),
                    Unknown(reason="depends on whether the bulk pixel data is compressed"),
                )
            )
        )
    return None
