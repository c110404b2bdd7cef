"""CID 3428 Cardiovascular Imaging Procedure.

Extensible, version 20180325, UID 1.2.840.10008.6.1.90.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3428
NAME: Final[str] = "Cardiovascular Imaging Procedure"
KEYWORD: Final[str | None] = "CardiovascularImagingProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.90"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180325"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Angiography: Final[Code] = Code("SCT", "77343006", "Angiography", (100, 3428))
"""Angiography (SCT 77343006)."""

Aortography: Final[Code] = Code("SCT", "54640009", "Aortography", (3428,))
"""Aortography (SCT 54640009)."""

CoronaryArteriography: Final[Code] = Code("SCT", "33367005", "Coronary Arteriography", (3428,))
"""Coronary Arteriography (SCT 33367005)."""

CardiacVentriculography: Final[Code] = Code(
    "SCT", "252426003", "Cardiac ventriculography", (3428, 3744)
)
"""Cardiac ventriculography (SCT 252426003)."""

LeftVentriculography: Final[Code] = Code("SCT", "265484009", "Left Ventriculography", (3428,))
"""Left Ventriculography (SCT 265484009)."""

RightVentriculography: Final[Code] = Code("SCT", "265483003", "Right Ventriculography", (3428,))
"""Right Ventriculography (SCT 265483003)."""

BypassGraftAngiography: Final[Code] = Code("SCT", "252427007", "Bypass graft angiography", (3428,))
"""Bypass graft angiography (SCT 252427007)."""

ArterialConduitAngiography: Final[Code] = Code(
    "DCM", "122058", "Arterial conduit angiography", (3428,)
)
"""Arterial conduit angiography (DCM 122058)."""

TransesophagealEchocardiography: Final[Code] = Code(
    "SCT", "105376000", "Transesophageal echocardiography", (3428, 3757, 12001)
)
"""Transesophageal echocardiography (SCT 105376000)."""

TransthoracicEchocardiography: Final[Code] = Code(
    "SCT", "433236007", "Transthoracic echocardiography", (3428, 3757, 12001)
)
"""Transthoracic echocardiography (SCT 433236007)."""

EpicardialEchocardiography: Final[Code] = Code(
    "SCT", "433232009", "Epicardial echocardiography", (3428, 12001)
)
"""Epicardial echocardiography (SCT 433232009)."""

IntravascularUltrasound: Final[Code] = Code("SCT", "241466007", "Intravascular ultrasound", (3428,))
"""Intravascular ultrasound (SCT 241466007)."""

IntracardiacEchocardiography: Final[Code] = Code(
    "SCT", "252421008", "Intracardiac echocardiography", (3428, 12001)
)
"""Intracardiac echocardiography (SCT 252421008)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
