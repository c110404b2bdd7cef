"""CID 6347 Prostate MRI Extra-prostatic Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1404.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6347
NAME: Final[str] = "Prostate MRI Extra-prostatic Finding"
KEYWORD: Final[str | None] = "ProstateMRIExtraprostaticFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.1404"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BonyMetastasis: Final[Code] = Code("SCT", "94222008", "Bony metastasis", (6347,))
"""Bony metastasis (SCT 94222008)."""

Lymphadenopathy: Final[Code] = Code("SCT", "30746006", "Lymphadenopathy", (6347,))
"""Lymphadenopathy (SCT 30746006)."""

Entire: Final[Code] = Code("SCT", "255503000", "Entire", (6347,))
"""Entire (SCT 255503000)."""

MEMBERS: Final[tuple[Code, ...]] = (BonyMetastasis, Lymphadenopathy, Entire)
"""The resolved membership: own members, then those of the included groups, in order."""
