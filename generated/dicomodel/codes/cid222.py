"""CID 222 Normality.

Extensible, version 20170914, UID 1.2.840.10008.6.1.27.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 222
NAME: Final[str] = "Normality"
KEYWORD: Final[str | None] = "Normality"
UID: Final[str | None] = "1.2.840.10008.6.1.27"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Normal: Final[Code] = Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005)."""

Abnormal: Final[Code] = Code("SCT", "263654008", "Abnormal", (222, 242, 3120))
"""Abnormal (SCT 263654008)."""

AbnormallyHigh: Final[Code] = Code("SCT", "371879000", "Abnormally High", (222,))
"""Abnormally High (SCT 371879000)."""

AbnormallyLow: Final[Code] = Code("SCT", "371880002", "Abnormally Low", (222,))
"""Abnormally Low (SCT 371880002)."""

NormalityUndetermined: Final[Code] = Code("SCT", "371934000", "Normality Undetermined", (222, 242))
"""Normality Undetermined (SCT 371934000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Normal,
    Abnormal,
    AbnormallyHigh,
    AbnormallyLow,
    NormalityUndetermined,
)
"""The resolved membership: own members, then those of the included groups, in order."""
