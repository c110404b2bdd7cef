"""CID 12290 Cardiac Ultrasound Pulmonary Artery Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.870.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12290
NAME: _Final[str] = "Cardiac Ultrasound Pulmonary Artery Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundPulmonaryArteryFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.870"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PulmonaryTrunk: _Final[_Code] = _Code(
    "SCT", "45341000", "Pulmonary Trunk", (3829, 6117, 12290, 12305)
)
"""Pulmonary Trunk (SCT 45341000)."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary Artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary Artery (SCT 81040000)."""

AortaToPulmonaryArteryConnection: _Final[_Code] = _Code(
    "SCT", "443096004", "Aorta to Pulmonary Artery Connection", (12290, 12293)
)
"""Aorta to Pulmonary Artery Connection (SCT 443096004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PulmonaryTrunk,
    PulmonaryArtery,
    AortaToPulmonaryArteryConnection,
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
