"""CID 3107 PET Cardiology Radiopharmaceutical.

Extensible, version 20080927, UID 1.2.840.10008.6.1.740.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3107
NAME: Final[str] = "PET Cardiology Radiopharmaceutical"
KEYWORD: Final[str | None] = "PETCardiologyRadiopharmaceutical"
UID: Final[str | None] = "1.2.840.10008.6.1.740"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FluorodeoxyglucoseF18: Final[Code] = Code(
    "SCT", "35321007", "Fluorodeoxyglucose F^18^", (25, 3107, 4021)
)
"""Fluorodeoxyglucose F^18^ (SCT 35321007)."""

_13Nitrogen: Final[Code] = Code("SCT", "21576001", "^13^Nitrogen", (3107, 4020))
"""^13^Nitrogen (SCT 21576001)."""

_82Rubidium: Final[Code] = Code("SCT", "79197006", "^82^Rubidium", (3107, 4020))
"""^82^Rubidium (SCT 79197006)."""

MEMBERS: Final[tuple[Code, ...]] = (FluorodeoxyglucoseF18, _13Nitrogen, _82Rubidium)
"""The resolved membership: own members, then those of the included groups, in order."""
