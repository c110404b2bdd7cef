"""CID 7167 Peripheral Nervous System Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.964.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7167
NAME: Final[str] = "Peripheral Nervous System Segmentation Type"
KEYWORD: Final[str | None] = "PeripheralNervousSystemSegmentationType"
UID: Final[str | None] = "1.2.840.10008.6.1.964"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20130617"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PeripheralNervousSystem: Final[Code] = Code("SCT", "3058005", "Peripheral nervous system", (7167,))
"""Peripheral nervous system (SCT 3058005)."""

PeripheralNerve: Final[Code] = Code("SCT", "84782009", "Peripheral nerve", (7167, 7710))
"""Peripheral nerve (SCT 84782009)."""

CranialNerve: Final[Code] = Code("SCT", "25238003", "Cranial nerve", (7167,))
"""Cranial nerve (SCT 25238003)."""

VagusNerve: Final[Code] = Code("SCT", "88882009", "Vagus nerve", (7167, 7706))
"""Vagus nerve (SCT 88882009)."""

AutonomicNerve: Final[Code] = Code("SCT", "53520000", "Autonomic nerve", (7167,))
"""Autonomic nerve (SCT 53520000)."""

SympatheticTrunk: Final[Code] = Code("SCT", "44909008", "Sympathetic trunk", (7167,))
"""Sympathetic trunk (SCT 44909008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PeripheralNervousSystem,
    PeripheralNerve,
    CranialNerve,
    VagusNerve,
    AutonomicNerve,
    SympatheticTrunk,
)
"""The resolved membership: own members, then those of the included groups, in order."""
