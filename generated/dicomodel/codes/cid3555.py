"""CID 3555 Pacing.

Extensible, version 20030327, UID 1.2.840.10008.6.1.151.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3555
NAME: _Final[str] = "Pacing"
KEYWORD: _Final[str | None] = "Pacing"
UID: _Final[str | None] = "1.2.840.10008.6.1.151"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Pacing: _Final[_Code] = _Code("SCT", "18590009", "Pacing", (3271, 3555, 12002))
"""Pacing (SCT 18590009)."""

PacingWithMagnet: _Final[_Code] = _Code("SCT", "371909000", "pacing with magnet", (3555,))
"""pacing with magnet (SCT 371909000)."""

AtrialPacing: _Final[_Code] = _Code("SCT", "69158002", "atrial pacing", (3555,))
"""atrial pacing (SCT 69158002)."""

VentricularPacing: _Final[_Code] = _Code("SCT", "344994008", "ventricular pacing", (3555,))
"""ventricular pacing (SCT 344994008)."""

AVSequentialPacing: _Final[_Code] = _Code("SCT", "371910005", "A-V sequential pacing", (3555,))
"""A-V sequential pacing (SCT 371910005)."""

TemporaryTranscutaneousPacing: _Final[_Code] = _Code(
    "SCT", "59218006", "temporary transcutaneous pacing", (3555,)
)
"""temporary transcutaneous pacing (SCT 59218006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Pacing,
    PacingWithMagnet,
    AtrialPacing,
    VentricularPacing,
    AVSequentialPacing,
    TemporaryTranscutaneousPacing,
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
