"""CID 3712 Vessel Descriptor.

Extensible, version 20160314, UID 1.2.840.10008.6.1.213.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3712
NAME: _Final[str] = "Vessel Descriptor"
KEYWORD: _Final[str | None] = "VesselDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.213"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Ulcerated: _Final[_Code] = _Code("SCT", "373138006", "Ulcerated", (3712,))
"""Ulcerated (SCT 373138006)."""

Restenotic: _Final[_Code] = _Code("SCT", "371893007", "Restenotic", (3712,))
"""Restenotic (SCT 371893007)."""

Bifurcation: _Final[_Code] = _Code("SCT", "371894001", "Bifurcation", (3712,))
"""Bifurcation (SCT 371894001)."""

Culprit: _Final[_Code] = _Code("SCT", "371895000", "Culprit", (3487, 3712))
"""Culprit (SCT 371895000)."""

Aneurysmal: _Final[_Code] = _Code("SCT", "255378009", "Aneurysmal", (3712,))
"""Aneurysmal (SCT 255378009)."""

DiffuseDisease: _Final[_Code] = _Code("SCT", "371915000", "Diffuse Disease", (3712,))
"""Diffuse Disease (SCT 371915000)."""

LuminalIrregularities: _Final[_Code] = _Code("SCT", "371873004", "Luminal Irregularities", (3712,))
"""Luminal Irregularities (SCT 371873004)."""

MuscleBridge: _Final[_Code] = _Code("SCT", "424045003", "Muscle Bridge", (3712,))
"""Muscle Bridge (SCT 424045003)."""

Stenotic: _Final[_Code] = _Code("SCT", "386139002", "Stenotic", (3712,))
"""Stenotic (SCT 386139002)."""

Ectatic: _Final[_Code] = _Code("SCT", "386140000", "Ectatic", (3712,))
"""Ectatic (SCT 386140000)."""

Calcified: _Final[_Code] = _Code("SCT", "237897009", "Calcified", (3495, 3496, 3712))
"""Calcified (SCT 237897009)."""

Thrombus: _Final[_Code] = _Code("SCT", "396339007", "Thrombus", (3495, 3712, 3810, 7156))
"""Thrombus (SCT 396339007)."""

Tortuous: _Final[_Code] = _Code("SCT", "386137000", "Tortuous", (3712,))
"""Tortuous (SCT 386137000)."""

Stented: _Final[_Code] = _Code("SCT", "386138005", "Stented", (3712,))
"""Stented (SCT 386138005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Ulcerated,
    Restenotic,
    Bifurcation,
    Culprit,
    Aneurysmal,
    DiffuseDisease,
    LuminalIrregularities,
    MuscleBridge,
    Stenotic,
    Ectatic,
    Calcified,
    Thrombus,
    Tortuous,
    Stented,
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
