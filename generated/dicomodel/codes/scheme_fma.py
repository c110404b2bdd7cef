"""Coding scheme FMA: FMA.

45 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "FMA"
NAME: _Final[str] = "FMA"
UID: _Final[str | None] = "2.16.840.1.113883.6.119"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

ArcuateFasciculus: _Final[_Code] = _Code("FMA", "276650", "Arcuate Fasciculus", (7153,))
"""Arcuate Fasciculus (FMA 276650)."""

Bregma: _Final[_Code] = _Code("FMA", "264776", "Bregma", (647,))
"""Bregma (FMA 264776)."""

Lambda: _Final[_Code] = _Code("FMA", "264773", "Lambda", (647,))
"""Lambda (FMA 264773)."""

LumenOfGallbladder: _Final[_Code] = _Code("FMA", "17891", "Lumen of gallbladder", (7154,))
"""Lumen of gallbladder (FMA 17891)."""

MucosaOfDorsumOfOralPartOfTongue: _Final[_Code] = _Code(
    "FMA", "281534", "Mucosa of dorsum of oral part of tongue", (4029,)
)
"""Mucosa of dorsum of oral part of tongue (FMA 281534)."""

MucosaOfDorsumOfPharyngealPartOfTongue: _Final[_Code] = _Code(
    "FMA", "281537", "Mucosa of dorsum of pharyngeal part of tongue", (4029,)
)
"""Mucosa of dorsum of pharyngeal part of tongue (FMA 281537)."""

MucosaOfOralSegmentOfHardPalate: _Final[_Code] = _Code(
    "FMA", "289677", "Mucosa of oral segment of hard palate", (4029,)
)
"""Mucosa of oral segment of hard palate (FMA 289677)."""

MucosaOfPalatoglossalArch: _Final[_Code] = _Code(
    "FMA", "60031", "Mucosa of palatoglossal arch", (4029,)
)
"""Mucosa of palatoglossal arch (FMA 60031)."""

MucosaOfPharynx: _Final[_Code] = _Code("FMA", "55031", "Mucosa of pharynx", (4029,))
"""Mucosa of pharynx (FMA 55031)."""

MucosaOfPosteriorWallOfOropharynx: _Final[_Code] = _Code(
    "FMA", "55060", "Mucosa of posterior wall of oropharynx", (4029,)
)
"""Mucosa of posterior wall of oropharynx (FMA 55060)."""

MucosaOfUvula: _Final[_Code] = _Code("FMA", "60030", "Mucosa of uvula", (4029,))
"""Mucosa of uvula (FMA 60030)."""

Nasion: _Final[_Code] = _Code("FMA", "264779", "Nasion", (1002,))
"""Nasion (FMA 264779)."""

SkinOfBackOfTrunk: _Final[_Code] = _Code("FMA", "49943", "Skin of back of trunk", (4029,))
"""Skin of back of trunk (FMA 49943)."""

SkinOfDorsalPartOfFifthToe: _Final[_Code] = _Code(
    "FMA", "37885", "Skin of dorsal part of fifth toe", (4029,)
)
"""Skin of dorsal part of fifth toe (FMA 37885)."""

SkinOfDorsalPartOfFourthToe: _Final[_Code] = _Code(
    "FMA", "37882", "Skin of dorsal part of fourth toe", (4029,)
)
"""Skin of dorsal part of fourth toe (FMA 37882)."""

SkinOfDorsalPartOfGreatToe: _Final[_Code] = _Code(
    "FMA", "37873", "Skin of dorsal part of great toe", (4029,)
)
"""Skin of dorsal part of great toe (FMA 37873)."""

SkinOfDorsalPartOfIndexFinger: _Final[_Code] = _Code(
    "FMA", "38324", "Skin of dorsal part of index finger", (4029,)
)
"""Skin of dorsal part of index finger (FMA 38324)."""

SkinOfDorsalPartOfLittleFinger: _Final[_Code] = _Code(
    "FMA", "38333", "Skin of dorsal part of little finger", (4029,)
)
"""Skin of dorsal part of little finger (FMA 38333)."""

SkinOfDorsalPartOfMiddleFinger: _Final[_Code] = _Code(
    "FMA", "38327", "Skin of dorsal part of middle finger", (4029,)
)
"""Skin of dorsal part of middle finger (FMA 38327)."""

SkinOfDorsalPartOfRingFinger: _Final[_Code] = _Code(
    "FMA", "38330", "Skin of dorsal part of ring finger", (4029,)
)
"""Skin of dorsal part of ring finger (FMA 38330)."""

SkinOfDorsalPartOfSecondToe: _Final[_Code] = _Code(
    "FMA", "37876", "Skin of dorsal part of second toe", (4029,)
)
"""Skin of dorsal part of second toe (FMA 37876)."""

SkinOfDorsalPartOfThirdToe: _Final[_Code] = _Code(
    "FMA", "37879", "Skin of dorsal part of third toe", (4029,)
)
"""Skin of dorsal part of third toe (FMA 37879)."""

SkinOfDorsalPartOfThumb: _Final[_Code] = _Code(
    "FMA", "38321", "Skin of dorsal part of thumb", (4029,)
)
"""Skin of dorsal part of thumb (FMA 38321)."""

SkinOfDorsumOfNose: _Final[_Code] = _Code("FMA", "59532", "Skin of dorsum of nose", (4029,))
"""Skin of dorsum of nose (FMA 59532)."""

SkinOfLowerInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61427", "Skin of lower inner quadrant of breast", (4029,)
)
"""Skin of lower inner quadrant of breast (FMA 61427)."""

SkinOfLowerOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61423", "Skin of lower outer quadrant of breast", (4029,)
)
"""Skin of lower outer quadrant of breast (FMA 61423)."""

SkinOfPalmarPartOfIndexFinger: _Final[_Code] = _Code(
    "FMA", "38344", "Skin of palmar part of index finger", (4029,)
)
"""Skin of palmar part of index finger (FMA 38344)."""

SkinOfPalmarPartOfLittleFinger: _Final[_Code] = _Code(
    "FMA", "38357", "Skin of palmar part of little finger", (4029,)
)
"""Skin of palmar part of little finger (FMA 38357)."""

SkinOfPalmarPartOfMiddleFinger: _Final[_Code] = _Code(
    "FMA", "38347", "Skin of palmar part of middle finger", (4029,)
)
"""Skin of palmar part of middle finger (FMA 38347)."""

SkinOfPalmarPartOfRingFinger: _Final[_Code] = _Code(
    "FMA", "38354", "Skin of palmar part of ring finger", (4029,)
)
"""Skin of palmar part of ring finger (FMA 38354)."""

SkinOfPalmarPartOfThumb: _Final[_Code] = _Code(
    "FMA", "38341", "Skin of palmar part of thumb", (4029,)
)
"""Skin of palmar part of thumb (FMA 38341)."""

SkinOfPlantarPartOfFifthToe: _Final[_Code] = _Code(
    "FMA", "38119", "Skin of plantar part of fifth toe", (4029,)
)
"""Skin of plantar part of fifth toe (FMA 38119)."""

SkinOfPlantarPartOfFourthToe: _Final[_Code] = _Code(
    "FMA", "38116", "Skin of plantar part of fourth toe", (4029,)
)
"""Skin of plantar part of fourth toe (FMA 38116)."""

SkinOfPlantarPartOfGreatToe: _Final[_Code] = _Code(
    "FMA", "38107", "Skin of plantar part of great toe", (4029,)
)
"""Skin of plantar part of great toe (FMA 38107)."""

SkinOfPlantarPartOfSecondToe: _Final[_Code] = _Code(
    "FMA", "38110", "Skin of plantar part of second toe", (4029,)
)
"""Skin of plantar part of second toe (FMA 38110)."""

SkinOfPlantarPartOfThirdToe: _Final[_Code] = _Code(
    "FMA", "38113", "Skin of plantar part of third toe", (4029,)
)
"""Skin of plantar part of third toe (FMA 38113)."""

SkinOfUpperInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61426", "Skin of upper inner quadrant of breast", (4029,)
)
"""Skin of upper inner quadrant of breast (FMA 61426)."""

SkinOfUpperOuterQuadrantOfLeftBreast: _Final[_Code] = _Code(
    "FMA", "61439", "Skin of upper outer quadrant of left breast", (4029,)
)
"""Skin of upper outer quadrant of left breast (FMA 61439)."""

SkinOfVermilionProperOfLowerLip: _Final[_Code] = _Code(
    "FMA", "312651", "Skin of vermilion proper of lower lip", (4029,)
)
"""Skin of vermilion proper of lower lip (FMA 312651)."""

SkinOfVermilionProperOfUpperLip: _Final[_Code] = _Code(
    "FMA", "312647", "Skin of vermilion proper of upper lip", (4029,)
)
"""Skin of vermilion proper of upper lip (FMA 312647)."""

SubcorticalGrayMatter: _Final[_Code] = _Code("FMA", "223151", "Subcortical gray matter", (7153,))
"""Subcortical gray matter (FMA 223151)."""

SubiliacLymphNode: _Final[_Code] = _Code("FMA", "323407", "subiliac lymph node", (7600,))
"""subiliac lymph node (FMA 323407)."""

SupramammaryLymphNode: _Final[_Code] = _Code("FMA", "12785", "supramammary lymph node", (7600,))
"""supramammary lymph node (FMA 12785)."""

TorusOfPharyngotympanicTube: _Final[_Code] = _Code(
    "FMA", "54993", "torus of pharyngotympanic tube", (7601,)
)
"""torus of pharyngotympanic tube (FMA 54993)."""

WallOfGallbladder: _Final[_Code] = _Code("FMA", "14657", "Wall of gallbladder", (7154,))
"""Wall of gallbladder (FMA 14657)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ArcuateFasciculus,
    Bregma,
    Lambda,
    LumenOfGallbladder,
    MucosaOfDorsumOfOralPartOfTongue,
    MucosaOfDorsumOfPharyngealPartOfTongue,
    MucosaOfOralSegmentOfHardPalate,
    MucosaOfPalatoglossalArch,
    MucosaOfPharynx,
    MucosaOfPosteriorWallOfOropharynx,
    MucosaOfUvula,
    Nasion,
    SkinOfBackOfTrunk,
    SkinOfDorsalPartOfFifthToe,
    SkinOfDorsalPartOfFourthToe,
    SkinOfDorsalPartOfGreatToe,
    SkinOfDorsalPartOfIndexFinger,
    SkinOfDorsalPartOfLittleFinger,
    SkinOfDorsalPartOfMiddleFinger,
    SkinOfDorsalPartOfRingFinger,
    SkinOfDorsalPartOfSecondToe,
    SkinOfDorsalPartOfThirdToe,
    SkinOfDorsalPartOfThumb,
    SkinOfDorsumOfNose,
    SkinOfLowerInnerQuadrantOfBreast,
    SkinOfLowerOuterQuadrantOfBreast,
    SkinOfPalmarPartOfIndexFinger,
    SkinOfPalmarPartOfLittleFinger,
    SkinOfPalmarPartOfMiddleFinger,
    SkinOfPalmarPartOfRingFinger,
    SkinOfPalmarPartOfThumb,
    SkinOfPlantarPartOfFifthToe,
    SkinOfPlantarPartOfFourthToe,
    SkinOfPlantarPartOfGreatToe,
    SkinOfPlantarPartOfSecondToe,
    SkinOfPlantarPartOfThirdToe,
    SkinOfUpperInnerQuadrantOfBreast,
    SkinOfUpperOuterQuadrantOfLeftBreast,
    SkinOfVermilionProperOfLowerLip,
    SkinOfVermilionProperOfUpperLip,
    SubcorticalGrayMatter,
    SubiliacLymphNode,
    SupramammaryLymphNode,
    TorusOfPharyngotympanicTube,
    WallOfGallbladder,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
