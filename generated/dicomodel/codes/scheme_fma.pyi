"""Coding scheme FMA: FMA.

45 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

ArcuateFasciculus: _Final[_Code]
Bregma: _Final[_Code]
Lambda: _Final[_Code]
LumenOfGallbladder: _Final[_Code]
MucosaOfDorsumOfOralPartOfTongue: _Final[_Code]
MucosaOfDorsumOfPharyngealPartOfTongue: _Final[_Code]
MucosaOfOralSegmentOfHardPalate: _Final[_Code]
MucosaOfPalatoglossalArch: _Final[_Code]
MucosaOfPharynx: _Final[_Code]
MucosaOfPosteriorWallOfOropharynx: _Final[_Code]
MucosaOfUvula: _Final[_Code]
Nasion: _Final[_Code]
SkinOfBackOfTrunk: _Final[_Code]
SkinOfDorsalPartOfFifthToe: _Final[_Code]
SkinOfDorsalPartOfFourthToe: _Final[_Code]
SkinOfDorsalPartOfGreatToe: _Final[_Code]
SkinOfDorsalPartOfIndexFinger: _Final[_Code]
SkinOfDorsalPartOfLittleFinger: _Final[_Code]
SkinOfDorsalPartOfMiddleFinger: _Final[_Code]
SkinOfDorsalPartOfRingFinger: _Final[_Code]
SkinOfDorsalPartOfSecondToe: _Final[_Code]
SkinOfDorsalPartOfThirdToe: _Final[_Code]
SkinOfDorsalPartOfThumb: _Final[_Code]
SkinOfDorsumOfNose: _Final[_Code]
SkinOfLowerInnerQuadrantOfBreast: _Final[_Code]
SkinOfLowerOuterQuadrantOfBreast: _Final[_Code]
SkinOfPalmarPartOfIndexFinger: _Final[_Code]
SkinOfPalmarPartOfLittleFinger: _Final[_Code]
SkinOfPalmarPartOfMiddleFinger: _Final[_Code]
SkinOfPalmarPartOfRingFinger: _Final[_Code]
SkinOfPalmarPartOfThumb: _Final[_Code]
SkinOfPlantarPartOfFifthToe: _Final[_Code]
SkinOfPlantarPartOfFourthToe: _Final[_Code]
SkinOfPlantarPartOfGreatToe: _Final[_Code]
SkinOfPlantarPartOfSecondToe: _Final[_Code]
SkinOfPlantarPartOfThirdToe: _Final[_Code]
SkinOfUpperInnerQuadrantOfBreast: _Final[_Code]
SkinOfUpperOuterQuadrantOfLeftBreast: _Final[_Code]
SkinOfVermilionProperOfLowerLip: _Final[_Code]
SkinOfVermilionProperOfUpperLip: _Final[_Code]
SubcorticalGrayMatter: _Final[_Code]
SubiliacLymphNode: _Final[_Code]
SupramammaryLymphNode: _Final[_Code]
TorusOfPharyngotympanicTube: _Final[_Code]
WallOfGallbladder: _Final[_Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
