"""CID 3663 Body Surface Area Equation.

Extensible, version 20100609, UID 1.2.840.10008.6.1.180.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3663
NAME: _Final[str] = "Body Surface Area Equation"
KEYWORD: _Final[str | None] = "BodySurfaceAreaEquation"
UID: _Final[str | None] = "1.2.840.10008.6.1.180"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100609"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BSAEquals0Point003207WT0Point7285To0Point0188LogWTHT0Point3: _Final[_Code] = _Code(
    "DCM", "122240", "BSA = 0.003207*WT^(0.7285-0.0188*log(WT))*HT^0.3", (3663,)
)
"""BSA = 0.003207*WT^(0.7285-0.0188*log(WT))*HT^0.3 (DCM 122240)."""

BSAEquals0Point007184WT0Point425HT0Point725: _Final[_Code] = _Code(
    "DCM", "122241", "BSA = 0.007184*WT^0.425*HT^0.725", (3663,)
)
"""BSA = 0.007184*WT^0.425*HT^0.725 (DCM 122241)."""

BSAEquals0Point0235WT0Point51456Htcm0Point42246: _Final[_Code] = _Code(
    "DCM", "122242", "BSA = 0.0235*WT^0.51456*HTcm^0.42246", (3663,)
)
"""BSA = 0.0235*WT^0.51456*HTcm^0.42246 (DCM 122242)."""

BSAEquals0Point024265WT0Point5378Htcm0Point3964: _Final[_Code] = _Code(
    "DCM", "122243", "BSA = 0.024265*WT^0.5378*HTcm^0.3964", (3663,)
)
"""BSA = 0.024265*WT^0.5378*HTcm^0.3964 (DCM 122243)."""

BSAEqualsHTWT360Point5: _Final[_Code] = _Code("DCM", "122244", "BSA = (HT*WT/36)^0.5", (3663,))
"""BSA = (HT*WT/36)^0.5 (DCM 122244)."""

BSAEquals13210Point3433WT: _Final[_Code] = _Code("DCM", "122245", "BSA = 1321+0.3433*WT", (3663,))
"""BSA = 1321+0.3433*WT (DCM 122245)."""

BSAEquals0Point0004688WT0Point8168To0Point0154LogWT: _Final[_Code] = _Code(
    "DCM", "122246", "BSA = 0.0004688*WT^(0.8168-0.0154*log(WT))", (3663,)
)
"""BSA = 0.0004688*WT^(0.8168-0.0154*log(WT)) (DCM 122246)."""

BSAEquals0Point007358WT0Point425HT0Point725: _Final[_Code] = _Code(
    "DCM", "122266", "BSA = 0.007358*WT^0.425*HT^0.725", (3663,)
)
"""BSA = 0.007358*WT^0.425*HT^0.725 (DCM 122266)."""

BSAEquals0Point010265WT0Point423HT0Point651: _Final[_Code] = _Code(
    "DCM", "122267", "BSA = 0.010265*WT^0.423*HT^0.651", (3663,)
)
"""BSA = 0.010265*WT^0.423*HT^0.651 (DCM 122267)."""

BSAEquals0Point008883WT0Point444HT0Point663: _Final[_Code] = _Code(
    "DCM", "122268", "BSA = 0.008883*WT^0.444*HT^0.663", (3663,)
)
"""BSA = 0.008883*WT^0.444*HT^0.663 (DCM 122268)."""

BSAEquals0Point038189WT0Point423HT0Point362: _Final[_Code] = _Code(
    "DCM", "122269", "BSA = 0.038189*WT^0.423*HT^0.362", (3663,)
)
"""BSA = 0.038189*WT^0.423*HT^0.362 (DCM 122269)."""

BSAEquals0Point009568WT0Point473HT0Point655: _Final[_Code] = _Code(
    "DCM", "122270", "BSA = 0.009568*WT^0.473*HT^0.655", (3663,)
)
"""BSA = 0.009568*WT^0.473*HT^0.655 (DCM 122270)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BSAEquals0Point003207WT0Point7285To0Point0188LogWTHT0Point3,
    BSAEquals0Point007184WT0Point425HT0Point725,
    BSAEquals0Point0235WT0Point51456Htcm0Point42246,
    BSAEquals0Point024265WT0Point5378Htcm0Point3964,
    BSAEqualsHTWT360Point5,
    BSAEquals13210Point3433WT,
    BSAEquals0Point0004688WT0Point8168To0Point0154LogWT,
    BSAEquals0Point007358WT0Point425HT0Point725,
    BSAEquals0Point010265WT0Point423HT0Point651,
    BSAEquals0Point008883WT0Point444HT0Point663,
    BSAEquals0Point038189WT0Point423HT0Point362,
    BSAEquals0Point009568WT0Point473HT0Point655,
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
