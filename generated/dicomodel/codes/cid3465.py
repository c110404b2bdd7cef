"""CID 3465 QA Reference Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.107.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3465
NAME: Final[str] = "QA Reference Method"
KEYWORD: Final[str | None] = "QAReferenceMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.107"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CurveFittedReference: Final[Code] = Code("DCM", "122489", "Curve Fitted Reference", (3465,))
"""Curve Fitted Reference (DCM 122489)."""

InterpolatedLocalReference: Final[Code] = Code(
    "DCM", "122490", "Interpolated Local Reference", (3465,)
)
"""Interpolated Local Reference (DCM 122490)."""

MeanLocalReference: Final[Code] = Code("DCM", "122491", "Mean Local Reference", (3465,))
"""Mean Local Reference (DCM 122491)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CurveFittedReference,
    InterpolatedLocalReference,
    MeanLocalReference,
)
"""The resolved membership: own members, then those of the included groups, in order."""
