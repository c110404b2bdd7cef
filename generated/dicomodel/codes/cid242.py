"""CID 242 Normal-Abnormal.

Non-extensible, version 20170914, UID 1.2.840.10008.6.1.36.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 242
NAME: Final[str] = "Normal-Abnormal"
KEYWORD: Final[str | None] = "NormalAbnormal"
UID: Final[str | None] = "1.2.840.10008.6.1.36"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Normal: Final[Code] = Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005)."""

Abnormal: Final[Code] = Code("SCT", "263654008", "Abnormal", (222, 242, 3120))
"""Abnormal (SCT 263654008)."""

NormalityUndetermined: Final[Code] = Code("SCT", "371934000", "Normality Undetermined", (222, 242))
"""Normality Undetermined (SCT 371934000)."""

MEMBERS: Final[tuple[Code, ...]] = (Normal, Abnormal, NormalityUndetermined)
"""The resolved membership: own members, then those of the included groups, in order."""
