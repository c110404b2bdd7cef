"""CID 7167 Peripheral Nervous System Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.964.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7167
NAME: _Final[str] = "Peripheral Nervous System Segmentation Type"
KEYWORD: _Final[str | None] = "PeripheralNervousSystemSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.964"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130617"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PeripheralNervousSystem: _Final[_Code] = _Code(
    "SCT", "3058005", "Peripheral nervous system", (7167,)
)
"""Peripheral nervous system (SCT 3058005)."""

PeripheralNerve: _Final[_Code] = _Code("SCT", "84782009", "Peripheral nerve", (7167, 7710))
"""Peripheral nerve (SCT 84782009)."""

CranialNerve: _Final[_Code] = _Code("SCT", "25238003", "Cranial nerve", (7167,))
"""Cranial nerve (SCT 25238003)."""

VagusNerve: _Final[_Code] = _Code("SCT", "88882009", "Vagus nerve", (7167, 7706))
"""Vagus nerve (SCT 88882009)."""

AutonomicNerve: _Final[_Code] = _Code("SCT", "53520000", "Autonomic nerve", (7167,))
"""Autonomic nerve (SCT 53520000)."""

SympatheticTrunk: _Final[_Code] = _Code("SCT", "44909008", "Sympathetic trunk", (7167,))
"""Sympathetic trunk (SCT 44909008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PeripheralNervousSystem,
    PeripheralNerve,
    CranialNerve,
    VagusNerve,
    AutonomicNerve,
    SympatheticTrunk,
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
