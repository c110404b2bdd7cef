"""CID 12320 General Ultrasound Report Document Title.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1447.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12320
NAME: _Final[str] = "General Ultrasound Report Document Title"
KEYWORD: _Final[str | None] = "GeneralUltrasoundReportDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1447"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220628"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UltrasoundReport: _Final[_Code] = _Code("LN", "25061-3", "Ultrasound Report", (7000, 12320))
"""Ultrasound Report (LN 25061-3)."""

USTendonReport: _Final[_Code] = _Code("LN", "39453-6", "US Tendon Report", (12320,))
"""US Tendon Report (LN 39453-6)."""

USBreastReport: _Final[_Code] = _Code("LN", "24601-7", "US Breast Report", (12320,))
"""US Breast Report (LN 24601-7)."""

USKidneyReport: _Final[_Code] = _Code("LN", "38036-0", "US Kidney Report", (12320,))
"""US Kidney Report (LN 38036-0)."""

USLiverReport: _Final[_Code] = _Code("LN", "28614-6", "US Liver Report", (12320,))
"""US Liver Report (LN 28614-6)."""

USProstateTransrectalReport: _Final[_Code] = _Code(
    "LN", "24884-9", "US Prostate (transrectal) Report", (12320,)
)
"""US Prostate (transrectal) Report (LN 24884-9)."""

USPancreasReport: _Final[_Code] = _Code("LN", "24859-1", "US Pancreas Report", (12320,))
"""US Pancreas Report (LN 24859-1)."""

USSpleenReport: _Final[_Code] = _Code("LN", "24990-4", "US Spleen Report", (12320,))
"""US Spleen Report (LN 24990-4)."""

USShoulderReport: _Final[_Code] = _Code("LN", "24907-8", "US Shoulder Report", (12320,))
"""US Shoulder Report (LN 24907-8)."""

USScrotumAndTesticleReport: _Final[_Code] = _Code(
    "LN", "25002-7", "US Scrotum and Testicle Report", (12320,)
)
"""US Scrotum and Testicle Report (LN 25002-7)."""

USThyroidReport: _Final[_Code] = _Code("LN", "25010-0", "US Thyroid Report", (12320,))
"""US Thyroid Report (LN 25010-0)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    UltrasoundReport,
    USTendonReport,
    USBreastReport,
    USKidneyReport,
    USLiverReport,
    USProstateTransrectalReport,
    USPancreasReport,
    USSpleenReport,
    USShoulderReport,
    USScrotumAndTesticleReport,
    USThyroidReport,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
