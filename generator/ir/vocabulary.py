"""Closed vocabularies of the standard, parsed exhaustively."""

from __future__ import annotations

import re
from enum import StrEnum

from generator.errors import ParseError


class VR(StrEnum):
    """Value Representations of PS3.5 Table 6.2-1."""

    AE = "AE"
    AS = "AS"
    AT = "AT"
    CS = "CS"
    DA = "DA"
    DS = "DS"
    DT = "DT"
    FD = "FD"
    FL = "FL"
    IS = "IS"
    LO = "LO"
    LT = "LT"
    OB = "OB"
    OD = "OD"
    OF = "OF"
    OL = "OL"
    OV = "OV"
    OW = "OW"
    PN = "PN"
    SH = "SH"
    SL = "SL"
    SQ = "SQ"
    SS = "SS"
    ST = "ST"
    SV = "SV"
    TM = "TM"
    UC = "UC"
    UI = "UI"
    UL = "UL"
    UN = "UN"
    UR = "UR"
    US = "US"
    UT = "UT"
    UV = "UV"


_VR_ALTERNATIVES = re.compile(r"^[A-Z]{2}( or [A-Z]{2})*$")
_NO_VR = re.compile(r"^(see note.*|)$", re.IGNORECASE)


def parse_vrs(text: str, where: str) -> tuple[VR, ...]:
    """``"US or SS"`` -> ``(US, SS)``; ``"See Note 2"`` or empty -> ``()``."""
    cleaned = " ".join(text.split())
    if _NO_VR.match(cleaned):
        return ()
    if not _VR_ALTERNATIVES.match(cleaned):
        raise ParseError(f"{where}: VR {text!r} is not a VR or 'X or Y' alternatives")
    try:
        return tuple(VR(part) for part in cleaned.split(" or "))
    except ValueError:
        raise ParseError(f"{where}: unknown VR in {text!r}") from None


_VM = re.compile(r"^(?P<min>\d+)(?:-(?P<max>\d+|(?P<step>\d*)n))?$")


def check_vm(text: str, where: str) -> str:
    """Validate a Value Multiplicity such as ``1``, ``1-n``, ``2-2n``, ``1-32``; return it.

    Alternatives are kept as published: ``1-n or 1`` (Gray Lookup Table Data).
    """
    alternatives = ["".join(part.split()) for part in text.split(" or ")]
    cleaned = " or ".join(alternatives)
    if (
        cleaned
        and cleaned.lower() != "seenote"
        and not all(_VM.match(part) for part in alternatives)
    ):
        raise ParseError(f"{where}: VM {text!r} is not a Value Multiplicity")
    return cleaned
