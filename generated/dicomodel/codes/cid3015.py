"""CID 3015 Coronary Artery.

Extensible, version 20221201, UID 1.2.840.10008.6.1.48.
Includes CID 3014, CID 3016.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3015
NAME: _Final[str] = "Coronary Artery"
KEYWORD: _Final[str | None] = "CoronaryArtery"
UID: _Final[str | None] = "1.2.840.10008.6.1.48"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221201"
INCLUDES: _Final[tuple[int, ...]] = (3014, 3016)
EXTERNAL_SCHEME: _Final[str | None] = None

LeftPosterolateralCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57823005", "Left Posterolateral Circumflex Coronary Artery", (3015,)
)
"""Left Posterolateral Circumflex Coronary Artery (SCT 57823005)."""

PosterolateralBranchOfRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "17269004", "Posterolateral branch of right Coronary Artery", (3015,)
)
"""Posterolateral branch of right Coronary Artery (SCT 17269004)."""

CoronaryArteryGraft: _Final[_Code] = _Code(
    "SCT", "264293000", "Coronary Artery Graft", (1004, 3015)
)
"""Coronary Artery Graft (SCT 264293000)."""

V1stDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91750005", "1st Diagonal Coronary Artery", (3014,)
)
"""1st Diagonal Coronary Artery (SCT 91750005). Included from CID 3014."""

V1stLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91757008", "1st Left Posterolateral Coronary Artery", (3014,)
)
"""1st Left Posterolateral Coronary Artery (SCT 91757008). Included from CID 3014."""

V1stMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91754001", "1st Marginal Coronary Artery", (3014,)
)
"""1st Marginal Coronary Artery (SCT 91754001). Included from CID 3014."""

V1stRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91761002", "1st Right posterolateral Coronary Artery", (3014,)
)
"""1st Right posterolateral Coronary Artery (SCT 91761002). Included from CID 3014."""

V1stSeptalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "244251006", "1st Septal Coronary Artery", (3014, 12292)
)
"""1st Septal Coronary Artery (SCT 244251006). Included from CID 3014."""

V2ndDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91751009", "2nd Diagonal Coronary Artery", (3014,)
)
"""2nd Diagonal Coronary Artery (SCT 91751009). Included from CID 3014."""

V2ndLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91758003", "2nd Left Posterolateral Coronary Artery", (3014,)
)
"""2nd Left Posterolateral Coronary Artery (SCT 91758003). Included from CID 3014."""

V2ndMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91755000", "2nd Marginal Coronary Artery", (3014,)
)
"""2nd Marginal Coronary Artery (SCT 91755000). Included from CID 3014."""

V2ndRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91762009", "2nd Right posterolateral Coronary Artery", (3014,)
)
"""2nd Right posterolateral Coronary Artery (SCT 91762009). Included from CID 3014."""

V3rdDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91752002", "3rd diagonal Coronary Artery", (3014,)
)
"""3rd diagonal Coronary Artery (SCT 91752002). Included from CID 3014."""

V3rdLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91759006", "3rd Left Posterolateral Coronary Artery", (3014,)
)
"""3rd Left Posterolateral Coronary Artery (SCT 91759006). Included from CID 3014."""

V3rdMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91756004", "3rd Marginal Coronary Artery", (3014,)
)
"""3rd Marginal Coronary Artery (SCT 91756004). Included from CID 3014."""

V3rdRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91763004", "3rd Right posterolateral Coronary Artery", (3014,)
)
"""3rd Right posterolateral Coronary Artery (SCT 91763004). Included from CID 3014."""

MarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "22765000", "Marginal Coronary Artery", (3014,)
)
"""Marginal Coronary Artery (SCT 22765000). Included from CID 3014."""

AVGrooveContinuationOfCircumflexArtery: _Final[_Code] = _Code(
    "SCT", "75902001", "AV groove continuation of Circumflex Artery", (3014,)
)
"""AV groove continuation of Circumflex Artery (SCT 75902001). Included from CID 3014."""

DistalCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "6511003", "Distal Circumflex Coronary Artery", (3014, 12292)
)
"""Distal Circumflex Coronary Artery (SCT 6511003). Included from CID 3014."""

DistalLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "36672000", "Distal Left Anterior Descending Coronary Artery", (3014,)
)
"""Distal Left Anterior Descending Coronary Artery (SCT 36672000). Included from CID 3014."""

DistalRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "41879009", "Distal Right Coronary Artery", (3014,)
)
"""Distal Right Coronary Artery (SCT 41879009). Included from CID 3014."""

V1stDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "15A", "1st Diagonal Coronary Artery Laterals", (3014,)
)
"""1st Diagonal Coronary Artery Laterals (BARI 15A). Included from CID 3014."""

V1stMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "20A", "1st Marginal Coronary Artery Laterals", (3014,)
)
"""1st Marginal Coronary Artery Laterals (BARI 20A). Included from CID 3014."""

V2ndDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "16A", "2nd Diagonal Coronary Artery Laterals", (3014,)
)
"""2nd Diagonal Coronary Artery Laterals (BARI 16A). Included from CID 3014."""

V2ndMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "21A", "2nd Marginal Coronary Artery Laterals", (3014,)
)
"""2nd Marginal Coronary Artery Laterals (BARI 21A). Included from CID 3014."""

V3rdDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "29A", "3rd Diagonal Coronary Artery Laterals", (3014,)
)
"""3rd Diagonal Coronary Artery Laterals (BARI 29A). Included from CID 3014."""

V3rdMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "22A", "3rd Marginal Coronary Artery Laterals", (3014,)
)
"""3rd Marginal Coronary Artery Laterals (BARI 22A). Included from CID 3014."""

RamusLaterals: _Final[_Code] = _Code("BARI", "28A", "Ramus Laterals", (3014,))
"""Ramus Laterals (BARI 28A). Included from CID 3014."""

LeftMainCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "3227004", "Left Main Coronary Artery", (3014, 3016, 12292)
)
"""Left Main Coronary Artery (SCT 3227004). Included from CID 3014."""

LeftMainCoronaryArteryOstium: _Final[_Code] = _Code(
    "SCT", "1256091001", "Left Main Coronary Artery Ostium", (3014,)
)
"""Left Main Coronary Artery Ostium (SCT 1256091001). Included from CID 3014."""

LeftPosteriorDescendingCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91760001", "Left Posterior Descending Circumflex Coronary Artery", (3014,)
)
"""Left Posterior Descending Circumflex Coronary Artery (SCT 91760001). Included from CID 3014."""

MidCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91753007", "Mid Circumflex Coronary Artery", (3014, 12292)
)
"""Mid Circumflex Coronary Artery (SCT 91753007). Included from CID 3014."""

MidLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91748002", "Mid Left Anterior Descending Coronary Artery", (3014,)
)
"""Mid Left Anterior Descending Coronary Artery (SCT 91748002). Included from CID 3014."""

MidRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "450960006", "Mid Right Coronary Artery", (3014,)
)
"""Mid Right Coronary Artery (SCT 450960006). Included from CID 3014."""

PosteriorDescendingRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "53655008", "Posterior Descending Right Coronary Artery", (3014,)
)
"""Posterior Descending Right Coronary Artery (SCT 53655008). Included from CID 3014."""

PosteriorDescendingSeptalPerforators: _Final[_Code] = _Code(
    "BARI", "9", "Posterior descending septal perforators", (3014,)
)
"""Posterior descending septal perforators (BARI 9). Included from CID 3014."""

ProximalCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "52433000", "Proximal Circumflex Coronary Artery", (3014, 12292)
)
"""Proximal Circumflex Coronary Artery (SCT 52433000). Included from CID 3014."""

ProximalLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "68787002", "Proximal Left Anterior Descending Coronary Artery", (3014,)
)
"""Proximal Left Anterior Descending Coronary Artery (SCT 68787002). Included from CID 3014."""

ProximalRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91083009", "Proximal Right Coronary Artery", (3014,)
)
"""Proximal Right Coronary Artery (SCT 91083009). Included from CID 3014."""

IntermediateArteryRamus: _Final[_Code] = _Code(
    "SCT", "244252004", "Intermediate Artery (Ramus)", (3014,)
)
"""Intermediate Artery (Ramus) (SCT 244252004). Included from CID 3014."""

RightCoronaryArteryOstium: _Final[_Code] = _Code(
    "SCT", "56789007", "Right Coronary Artery Ostium", (3014,)
)
"""Right Coronary Artery Ostium (SCT 56789007). Included from CID 3014."""

RightPosteriorAVCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "12800002", "Right posterior AV Coronary Artery", (3014,)
)
"""Right posterior AV Coronary Artery (SCT 12800002). Included from CID 3014."""

LeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "59438005", "Left Anterior Descending Coronary Artery", (3016, 12292)
)
"""Left Anterior Descending Coronary Artery (SCT 59438005). Included from CID 3016."""

RightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "13647002", "Right Coronary Artery", (3016, 12292)
)
"""Right Coronary Artery (SCT 13647002). Included from CID 3016."""

CircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57396003", "Circumflex Coronary Artery", (3016, 12292)
)
"""Circumflex Coronary Artery (SCT 57396003). Included from CID 3016."""

LeftCoronaryArtery: _Final[_Code] = _Code("SCT", "50018008", "Left Coronary Artery", (3016,))
"""Left Coronary Artery (SCT 50018008). Included from CID 3016."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_1stDiagonalCoronaryArtery: _Final[_Code] = V1stDiagonalCoronaryArtery
_1stLeftPosterolateralCoronaryArtery: _Final[_Code] = V1stLeftPosterolateralCoronaryArtery
_1stMarginalCoronaryArtery: _Final[_Code] = V1stMarginalCoronaryArtery
_1stRightPosterolateralCoronaryArtery: _Final[_Code] = V1stRightPosterolateralCoronaryArtery
_1stSeptalCoronaryArtery: _Final[_Code] = V1stSeptalCoronaryArtery
_2ndDiagonalCoronaryArtery: _Final[_Code] = V2ndDiagonalCoronaryArtery
_2ndLeftPosterolateralCoronaryArtery: _Final[_Code] = V2ndLeftPosterolateralCoronaryArtery
_2ndMarginalCoronaryArtery: _Final[_Code] = V2ndMarginalCoronaryArtery
_2ndRightPosterolateralCoronaryArtery: _Final[_Code] = V2ndRightPosterolateralCoronaryArtery
_3rdDiagonalCoronaryArtery: _Final[_Code] = V3rdDiagonalCoronaryArtery
_3rdLeftPosterolateralCoronaryArtery: _Final[_Code] = V3rdLeftPosterolateralCoronaryArtery
_3rdMarginalCoronaryArtery: _Final[_Code] = V3rdMarginalCoronaryArtery
_3rdRightPosterolateralCoronaryArtery: _Final[_Code] = V3rdRightPosterolateralCoronaryArtery
_1stDiagonalCoronaryArteryLaterals: _Final[_Code] = V1stDiagonalCoronaryArteryLaterals
_1stMarginalCoronaryArteryLaterals: _Final[_Code] = V1stMarginalCoronaryArteryLaterals
_2ndDiagonalCoronaryArteryLaterals: _Final[_Code] = V2ndDiagonalCoronaryArteryLaterals
_2ndMarginalCoronaryArteryLaterals: _Final[_Code] = V2ndMarginalCoronaryArteryLaterals
_3rdDiagonalCoronaryArteryLaterals: _Final[_Code] = V3rdDiagonalCoronaryArteryLaterals
_3rdMarginalCoronaryArteryLaterals: _Final[_Code] = V3rdMarginalCoronaryArteryLaterals

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftPosterolateralCircumflexCoronaryArtery,
    PosterolateralBranchOfRightCoronaryArtery,
    CoronaryArteryGraft,
    V1stDiagonalCoronaryArtery,
    V1stLeftPosterolateralCoronaryArtery,
    V1stMarginalCoronaryArtery,
    V1stRightPosterolateralCoronaryArtery,
    V1stSeptalCoronaryArtery,
    V2ndDiagonalCoronaryArtery,
    V2ndLeftPosterolateralCoronaryArtery,
    V2ndMarginalCoronaryArtery,
    V2ndRightPosterolateralCoronaryArtery,
    V3rdDiagonalCoronaryArtery,
    V3rdLeftPosterolateralCoronaryArtery,
    V3rdMarginalCoronaryArtery,
    V3rdRightPosterolateralCoronaryArtery,
    MarginalCoronaryArtery,
    AVGrooveContinuationOfCircumflexArtery,
    DistalCircumflexCoronaryArtery,
    DistalLeftAnteriorDescendingCoronaryArtery,
    DistalRightCoronaryArtery,
    V1stDiagonalCoronaryArteryLaterals,
    V1stMarginalCoronaryArteryLaterals,
    V2ndDiagonalCoronaryArteryLaterals,
    V2ndMarginalCoronaryArteryLaterals,
    V3rdDiagonalCoronaryArteryLaterals,
    V3rdMarginalCoronaryArteryLaterals,
    RamusLaterals,
    LeftMainCoronaryArtery,
    LeftMainCoronaryArteryOstium,
    LeftPosteriorDescendingCircumflexCoronaryArtery,
    MidCircumflexCoronaryArtery,
    MidLeftAnteriorDescendingCoronaryArtery,
    MidRightCoronaryArtery,
    PosteriorDescendingRightCoronaryArtery,
    PosteriorDescendingSeptalPerforators,
    ProximalCircumflexCoronaryArtery,
    ProximalLeftAnteriorDescendingCoronaryArtery,
    ProximalRightCoronaryArtery,
    IntermediateArteryRamus,
    RightCoronaryArteryOstium,
    RightPosteriorAVCoronaryArtery,
    LeftAnteriorDescendingCoronaryArtery,
    RightCoronaryArtery,
    CircumflexCoronaryArtery,
    LeftCoronaryArtery,
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
