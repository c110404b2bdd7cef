"""CID 3428 Cardiovascular Imaging Procedure.

Extensible, version 20180325, UID 1.2.840.10008.6.1.90.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3428
NAME: _Final[str] = "Cardiovascular Imaging Procedure"
KEYWORD: _Final[str | None] = "CardiovascularImagingProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.90"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180325"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Angiography: _Final[_Code] = _Code("SCT", "77343006", "Angiography", (100, 3428))
"""Angiography (SCT 77343006)."""

Aortography: _Final[_Code] = _Code("SCT", "54640009", "Aortography", (3428,))
"""Aortography (SCT 54640009)."""

CoronaryArteriography: _Final[_Code] = _Code("SCT", "33367005", "Coronary Arteriography", (3428,))
"""Coronary Arteriography (SCT 33367005)."""

CardiacVentriculography: _Final[_Code] = _Code(
    "SCT", "252426003", "Cardiac ventriculography", (3428, 3744)
)
"""Cardiac ventriculography (SCT 252426003)."""

LeftVentriculography: _Final[_Code] = _Code("SCT", "265484009", "Left Ventriculography", (3428,))
"""Left Ventriculography (SCT 265484009)."""

RightVentriculography: _Final[_Code] = _Code("SCT", "265483003", "Right Ventriculography", (3428,))
"""Right Ventriculography (SCT 265483003)."""

BypassGraftAngiography: _Final[_Code] = _Code(
    "SCT", "252427007", "Bypass graft angiography", (3428,)
)
"""Bypass graft angiography (SCT 252427007)."""

ArterialConduitAngiography: _Final[_Code] = _Code(
    "DCM", "122058", "Arterial conduit angiography", (3428,)
)
"""Arterial conduit angiography (DCM 122058)."""

TransesophagealEchocardiography: _Final[_Code] = _Code(
    "SCT", "105376000", "Transesophageal echocardiography", (3428, 3757, 12001)
)
"""Transesophageal echocardiography (SCT 105376000)."""

TransthoracicEchocardiography: _Final[_Code] = _Code(
    "SCT", "433236007", "Transthoracic echocardiography", (3428, 3757, 12001)
)
"""Transthoracic echocardiography (SCT 433236007)."""

EpicardialEchocardiography: _Final[_Code] = _Code(
    "SCT", "433232009", "Epicardial echocardiography", (3428, 12001)
)
"""Epicardial echocardiography (SCT 433232009)."""

IntravascularUltrasound: _Final[_Code] = _Code(
    "SCT", "241466007", "Intravascular ultrasound", (3428,)
)
"""Intravascular ultrasound (SCT 241466007)."""

IntracardiacEchocardiography: _Final[_Code] = _Code(
    "SCT", "252421008", "Intracardiac echocardiography", (3428, 12001)
)
"""Intracardiac echocardiography (SCT 252421008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Angiography,
    Aortography,
    CoronaryArteriography,
    CardiacVentriculography,
    LeftVentriculography,
    RightVentriculography,
    BypassGraftAngiography,
    ArterialConduitAngiography,
    TransesophagealEchocardiography,
    TransthoracicEchocardiography,
    EpicardialEchocardiography,
    IntravascularUltrasound,
    IntracardiacEchocardiography,
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
