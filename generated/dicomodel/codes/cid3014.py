"""CID 3014 Coronary Artery Segment.

Extensible, version 20240611, UID 1.2.840.10008.6.1.47.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3014
NAME: Final[str] = "Coronary Artery Segment"
KEYWORD: Final[str | None] = "CoronaryArterySegment"
UID: Final[str | None] = "1.2.840.10008.6.1.47"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_1stDiagonalCoronaryArtery: Final[Code] = Code(
    "SCT", "91750005", "1st Diagonal Coronary Artery", (3014,)
)
"""1st Diagonal Coronary Artery (SCT 91750005)."""

_1stLeftPosterolateralCoronaryArtery: Final[Code] = Code(
    "SCT", "91757008", "1st Left Posterolateral Coronary Artery", (3014,)
)
"""1st Left Posterolateral Coronary Artery (SCT 91757008)."""

_1stMarginalCoronaryArtery: Final[Code] = Code(
    "SCT", "91754001", "1st Marginal Coronary Artery", (3014,)
)
"""1st Marginal Coronary Artery (SCT 91754001)."""

_1stRightPosterolateralCoronaryArtery: Final[Code] = Code(
    "SCT", "91761002", "1st Right posterolateral Coronary Artery", (3014,)
)
"""1st Right posterolateral Coronary Artery (SCT 91761002)."""

_1stSeptalCoronaryArtery: Final[Code] = Code(
    "SCT", "244251006", "1st Septal Coronary Artery", (3014, 12292)
)
"""1st Septal Coronary Artery (SCT 244251006)."""

_2ndDiagonalCoronaryArtery: Final[Code] = Code(
    "SCT", "91751009", "2nd Diagonal Coronary Artery", (3014,)
)
"""2nd Diagonal Coronary Artery (SCT 91751009)."""

_2ndLeftPosterolateralCoronaryArtery: Final[Code] = Code(
    "SCT", "91758003", "2nd Left Posterolateral Coronary Artery", (3014,)
)
"""2nd Left Posterolateral Coronary Artery (SCT 91758003)."""

_2ndMarginalCoronaryArtery: Final[Code] = Code(
    "SCT", "91755000", "2nd Marginal Coronary Artery", (3014,)
)
"""2nd Marginal Coronary Artery (SCT 91755000)."""

_2ndRightPosterolateralCoronaryArtery: Final[Code] = Code(
    "SCT", "91762009", "2nd Right posterolateral Coronary Artery", (3014,)
)
"""2nd Right posterolateral Coronary Artery (SCT 91762009)."""

_3rdDiagonalCoronaryArtery: Final[Code] = Code(
    "SCT", "91752002", "3rd diagonal Coronary Artery", (3014,)
)
"""3rd diagonal Coronary Artery (SCT 91752002)."""

_3rdLeftPosterolateralCoronaryArtery: Final[Code] = Code(
    "SCT", "91759006", "3rd Left Posterolateral Coronary Artery", (3014,)
)
"""3rd Left Posterolateral Coronary Artery (SCT 91759006)."""

_3rdMarginalCoronaryArtery: Final[Code] = Code(
    "SCT", "91756004", "3rd Marginal Coronary Artery", (3014,)
)
"""3rd Marginal Coronary Artery (SCT 91756004)."""

_3rdRightPosterolateralCoronaryArtery: Final[Code] = Code(
    "SCT", "91763004", "3rd Right posterolateral Coronary Artery", (3014,)
)
"""3rd Right posterolateral Coronary Artery (SCT 91763004)."""

MarginalCoronaryArtery: Final[Code] = Code("SCT", "22765000", "Marginal Coronary Artery", (3014,))
"""Marginal Coronary Artery (SCT 22765000)."""

AVGrooveContinuationOfCircumflexArtery: Final[Code] = Code(
    "SCT", "75902001", "AV groove continuation of Circumflex Artery", (3014,)
)
"""AV groove continuation of Circumflex Artery (SCT 75902001)."""

DistalCircumflexCoronaryArtery: Final[Code] = Code(
    "SCT", "6511003", "Distal Circumflex Coronary Artery", (3014, 12292)
)
"""Distal Circumflex Coronary Artery (SCT 6511003)."""

DistalLeftAnteriorDescendingCoronaryArtery: Final[Code] = Code(
    "SCT", "36672000", "Distal Left Anterior Descending Coronary Artery", (3014,)
)
"""Distal Left Anterior Descending Coronary Artery (SCT 36672000)."""

DistalRightCoronaryArtery: Final[Code] = Code(
    "SCT", "41879009", "Distal Right Coronary Artery", (3014,)
)
"""Distal Right Coronary Artery (SCT 41879009)."""

_1stDiagonalCoronaryArteryLaterals: Final[Code] = Code(
    "BARI", "15A", "1st Diagonal Coronary Artery Laterals", (3014,)
)
"""1st Diagonal Coronary Artery Laterals (BARI 15A)."""

_1stMarginalCoronaryArteryLaterals: Final[Code] = Code(
    "BARI", "20A", "1st Marginal Coronary Artery Laterals", (3014,)
)
"""1st Marginal Coronary Artery Laterals (BARI 20A)."""

_2ndDiagonalCoronaryArteryLaterals: Final[Code] = Code(
    "BARI", "16A", "2nd Diagonal Coronary Artery Laterals", (3014,)
)
"""2nd Diagonal Coronary Artery Laterals (BARI 16A)."""

_2ndMarginalCoronaryArteryLaterals: Final[Code] = Code(
    "BARI", "21A", "2nd Marginal Coronary Artery Laterals", (3014,)
)
"""2nd Marginal Coronary Artery Laterals (BARI 21A)."""

_3rdDiagonalCoronaryArteryLaterals: Final[Code] = Code(
    "BARI", "29A", "3rd Diagonal Coronary Artery Laterals", (3014,)
)
"""3rd Diagonal Coronary Artery Laterals (BARI 29A)."""

_3rdMarginalCoronaryArteryLaterals: Final[Code] = Code(
    "BARI", "22A", "3rd Marginal Coronary Artery Laterals", (3014,)
)
"""3rd Marginal Coronary Artery Laterals (BARI 22A)."""

RamusLaterals: Final[Code] = Code("BARI", "28A", "Ramus Laterals", (3014,))
"""Ramus Laterals (BARI 28A)."""

LeftMainCoronaryArtery: Final[Code] = Code(
    "SCT", "3227004", "Left Main Coronary Artery", (3014, 3016, 12292)
)
"""Left Main Coronary Artery (SCT 3227004)."""

LeftMainCoronaryArteryOstium: Final[Code] = Code(
    "SCT", "1256091001", "Left Main Coronary Artery Ostium", (3014,)
)
"""Left Main Coronary Artery Ostium (SCT 1256091001)."""

LeftPosteriorDescendingCircumflexCoronaryArtery: Final[Code] = Code(
    "SCT", "91760001", "Left Posterior Descending Circumflex Coronary Artery", (3014,)
)
"""Left Posterior Descending Circumflex Coronary Artery (SCT 91760001)."""

MidCircumflexCoronaryArtery: Final[Code] = Code(
    "SCT", "91753007", "Mid Circumflex Coronary Artery", (3014, 12292)
)
"""Mid Circumflex Coronary Artery (SCT 91753007)."""

MidLeftAnteriorDescendingCoronaryArtery: Final[Code] = Code(
    "SCT", "91748002", "Mid Left Anterior Descending Coronary Artery", (3014,)
)
"""Mid Left Anterior Descending Coronary Artery (SCT 91748002)."""

MidRightCoronaryArtery: Final[Code] = Code("SCT", "450960006", "Mid Right Coronary Artery", (3014,))
"""Mid Right Coronary Artery (SCT 450960006)."""

PosteriorDescendingRightCoronaryArtery: Final[Code] = Code(
    "SCT", "53655008", "Posterior Descending Right Coronary Artery", (3014,)
)
"""Posterior Descending Right Coronary Artery (SCT 53655008)."""

PosteriorDescendingSeptalPerforators: Final[Code] = Code(
    "BARI", "9", "Posterior descending septal perforators", (3014,)
)
"""Posterior descending septal perforators (BARI 9)."""

ProximalCircumflexCoronaryArtery: Final[Code] = Code(
    "SCT", "52433000", "Proximal Circumflex Coronary Artery", (3014, 12292)
)
"""Proximal Circumflex Coronary Artery (SCT 52433000)."""

ProximalLeftAnteriorDescendingCoronaryArtery: Final[Code] = Code(
    "SCT", "68787002", "Proximal Left Anterior Descending Coronary Artery", (3014,)
)
"""Proximal Left Anterior Descending Coronary Artery (SCT 68787002)."""

ProximalRightCoronaryArtery: Final[Code] = Code(
    "SCT", "91083009", "Proximal Right Coronary Artery", (3014,)
)
"""Proximal Right Coronary Artery (SCT 91083009)."""

IntermediateArteryRamus: Final[Code] = Code(
    "SCT", "244252004", "Intermediate Artery (Ramus)", (3014,)
)
"""Intermediate Artery (Ramus) (SCT 244252004)."""

RightCoronaryArteryOstium: Final[Code] = Code(
    "SCT", "56789007", "Right Coronary Artery Ostium", (3014,)
)
"""Right Coronary Artery Ostium (SCT 56789007)."""

RightPosteriorAVCoronaryArtery: Final[Code] = Code(
    "SCT", "12800002", "Right posterior AV Coronary Artery", (3014,)
)
"""Right posterior AV Coronary Artery (SCT 12800002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    _1stDiagonalCoronaryArtery,
    _1stLeftPosterolateralCoronaryArtery,
    _1stMarginalCoronaryArtery,
    _1stRightPosterolateralCoronaryArtery,
    _1stSeptalCoronaryArtery,
    _2ndDiagonalCoronaryArtery,
    _2ndLeftPosterolateralCoronaryArtery,
    _2ndMarginalCoronaryArtery,
    _2ndRightPosterolateralCoronaryArtery,
    _3rdDiagonalCoronaryArtery,
    _3rdLeftPosterolateralCoronaryArtery,
    _3rdMarginalCoronaryArtery,
    _3rdRightPosterolateralCoronaryArtery,
    MarginalCoronaryArtery,
    AVGrooveContinuationOfCircumflexArtery,
    DistalCircumflexCoronaryArtery,
    DistalLeftAnteriorDescendingCoronaryArtery,
    DistalRightCoronaryArtery,
    _1stDiagonalCoronaryArteryLaterals,
    _1stMarginalCoronaryArteryLaterals,
    _2ndDiagonalCoronaryArteryLaterals,
    _2ndMarginalCoronaryArteryLaterals,
    _3rdDiagonalCoronaryArteryLaterals,
    _3rdMarginalCoronaryArteryLaterals,
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
)
"""The resolved membership: own members, then those of the included groups, in order."""
