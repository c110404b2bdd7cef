"""CID 6130 Severity Descriptor.

Extensible, version 20240611, UID 1.2.840.10008.6.1.450.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6130
NAME: Final[str] = "Severity Descriptor"
KEYWORD: Final[str | None] = "SeverityDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.450"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Mild: Final[Code] = Code("SCT", "255604002", "Mild", (3716, 3832, 6130))
"""Mild (SCT 255604002)."""

Moderate: Final[Code] = Code("SCT", "6736007", "Moderate", (3716, 3832, 6130))
"""Moderate (SCT 6736007)."""

Severe: Final[Code] = Code("SCT", "24484000", "Severe", (3716, 3832, 6130))
"""Severe (SCT 24484000)."""

AcuteOnset: Final[Code] = Code("SCT", "385315009", "Acute onset", (6130,))
"""Acute onset (SCT 385315009)."""

Chronic: Final[Code] = Code("SCT", "90734009", "Chronic", (3770, 6130))
"""Chronic (SCT 90734009)."""

HyperAcute: Final[Code] = Code("DCM", "112159", "Hyper-acute", (6130,))
"""Hyper-acute (DCM 112159)."""

Subacute: Final[Code] = Code("SCT", "19939008", "Subacute", (6130,))
"""Subacute (SCT 19939008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Mild,
    Moderate,
    Severe,
    AcuteOnset,
    Chronic,
    HyperAcute,
    Subacute,
)
"""The resolved membership: own members, then those of the included groups, in order."""
