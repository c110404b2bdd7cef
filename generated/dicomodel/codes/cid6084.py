"""CID 6084 Mammoplasty Procedure.

Extensible, version 20200310, UID 1.2.840.10008.6.1.406.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6084
NAME: Final[str] = "Mammoplasty Procedure"
KEYWORD: Final[str | None] = "MammoplastyProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.406"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200310"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BreastProsthesisInsertion: Final[Code] = Code(
    "SCT", "302343007", "Breast prosthesis insertion", (6084,)
)
"""Breast prosthesis insertion (SCT 302343007)."""

ReductionMammoplasty: Final[Code] = Code("SCT", "59214008", "Reduction mammoplasty", (6051, 6084))
"""Reduction mammoplasty (SCT 59214008)."""

BreastReconstruction: Final[Code] = Code("SCT", "33496007", "Breast reconstruction", (6084,))
"""Breast reconstruction (SCT 33496007)."""

RemovalOfBreastImplant: Final[Code] = Code("SCT", "27315000", "Removal of breast implant", (6084,))
"""Removal of breast implant (SCT 27315000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BreastProsthesisInsertion,
    ReductionMammoplasty,
    BreastReconstruction,
    RemovalOfBreastImplant,
)
"""The resolved membership: own members, then those of the included groups, in order."""
