"""Coding scheme FMA: FMA.

45 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "FMA"
NAME: Final[str] = "FMA"
UID: Final[str | None] = "2.16.840.1.113883.6.119"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

ArcuateFasciculus: Final[Code] = Code("FMA", "276650", "Arcuate Fasciculus", (7153,))
"""Arcuate Fasciculus (FMA 276650)."""

Bregma: Final[Code] = Code("FMA", "264776", "Bregma", (647,))
"""Bregma (FMA 264776)."""

Lambda: Final[Code] = Code("FMA", "264773", "Lambda", (647,))
"""Lambda (FMA 264773)."""

LumenOfGallbladder: Final[Code] = Code("FMA", "17891", "Lumen of gallbladder", (7154,))
"""Lumen of gallbladder (FMA 17891)."""

MucosaOfDorsumOfOralPartOfTongue: Final[Code] = Code(
    "FMA", "281534", "Mucosa of dorsum of oral part of tongue", (4029,)
)
"""Mucosa of dorsum of oral part of tongue (FMA 281534)."""

MucosaOfDorsumOfPharyngealPartOfTongue: Final[Code] = Code(
    "FMA", "281537", "Mucosa of dorsum of pharyngeal part of tongue", (4029,)
)
"""Mucosa of dorsum of pharyngeal part of tongue (FMA 281537)."""

MucosaOfOralSegmentOfHardPalate: Final[Code] = Code(
    "FMA", "289677", "Mucosa of oral segment of hard palate", (4029,)
)
"""Mucosa of oral segment of hard palate (FMA 289677)."""

MucosaOfPalatoglossalArch: Final[Code] = Code(
    "FMA", "60031", "Mucosa of palatoglossal arch", (4029,)
)
"""Mucosa of palatoglossal arch (FMA 60031)."""

MucosaOfPharynx: Final[Code] = Code("FMA", "55031", "Mucosa of pharynx", (4029,))
"""Mucosa of pharynx (FMA 55031)."""

MucosaOfPosteriorWallOfOropharynx: Final[Code] = Code(
    "FMA", "55060", "Mucosa of posterior wall of oropharynx", (4029,)
)
"""Mucosa of posterior wall of oropharynx (FMA 55060)."""

MucosaOfUvula: Final[Code] = Code("FMA", "60030", "Mucosa of uvula", (4029,))
"""Mucosa of uvula (FMA 60030)."""

Nasion: Final[Code] = Code("FMA", "264779", "Nasion", (1002,))
"""Nasion (FMA 264779)."""

SkinOfBackOfTrunk: Final[Code] = Code("FMA", "49943", "Skin of back of trunk", (4029,))
"""Skin of back of trunk (FMA 49943)."""

SkinOfDorsalPartOfFifthToe: Final[Code] = Code(
    "FMA", "37885", "Skin of dorsal part of fifth toe", (4029,)
)
"""Skin of dorsal part of fifth toe (FMA 37885)."""

SkinOfDorsalPartOfFourthToe: Final[Code] = Code(
    "FMA", "37882", "Skin of dorsal part of fourth toe", (4029,)
)
"""Skin of dorsal part of fourth toe (FMA 37882)."""

SkinOfDorsalPartOfGreatToe: Final[Code] = Code(
    "FMA", "37873", "Skin of dorsal part of great toe", (4029,)
)
"""Skin of dorsal part of great toe (FMA 37873)."""

SkinOfDorsalPartOfIndexFinger: Final[Code] = Code(
    "FMA", "38324", "Skin of dorsal part of index finger", (4029,)
)
"""Skin of dorsal part of index finger (FMA 38324)."""

SkinOfDorsalPartOfLittleFinger: Final[Code] = Code(
    "FMA", "38333", "Skin of dorsal part of little finger", (4029,)
)
"""Skin of dorsal part of little finger (FMA 38333)."""

SkinOfDorsalPartOfMiddleFinger: Final[Code] = Code(
    "FMA", "38327", "Skin of dorsal part of middle finger", (4029,)
)
"""Skin of dorsal part of middle finger (FMA 38327)."""

SkinOfDorsalPartOfRingFinger: Final[Code] = Code(
    "FMA", "38330", "Skin of dorsal part of ring finger", (4029,)
)
"""Skin of dorsal part of ring finger (FMA 38330)."""

SkinOfDorsalPartOfSecondToe: Final[Code] = Code(
    "FMA", "37876", "Skin of dorsal part of second toe", (4029,)
)
"""Skin of dorsal part of second toe (FMA 37876)."""

SkinOfDorsalPartOfThirdToe: Final[Code] = Code(
    "FMA", "37879", "Skin of dorsal part of third toe", (4029,)
)
"""Skin of dorsal part of third toe (FMA 37879)."""

SkinOfDorsalPartOfThumb: Final[Code] = Code("FMA", "38321", "Skin of dorsal part of thumb", (4029,))
"""Skin of dorsal part of thumb (FMA 38321)."""

SkinOfDorsumOfNose: Final[Code] = Code("FMA", "59532", "Skin of dorsum of nose", (4029,))
"""Skin of dorsum of nose (FMA 59532)."""

SkinOfLowerInnerQuadrantOfBreast: Final[Code] = Code(
    "FMA", "61427", "Skin of lower inner quadrant of breast", (4029,)
)
"""Skin of lower inner quadrant of breast (FMA 61427)."""

SkinOfLowerOuterQuadrantOfBreast: Final[Code] = Code(
    "FMA", "61423", "Skin of lower outer quadrant of breast", (4029,)
)
"""Skin of lower outer quadrant of breast (FMA 61423)."""

SkinOfPalmarPartOfIndexFinger: Final[Code] = Code(
    "FMA", "38344", "Skin of palmar part of index finger", (4029,)
)
"""Skin of palmar part of index finger (FMA 38344)."""

SkinOfPalmarPartOfLittleFinger: Final[Code] = Code(
    "FMA", "38357", "Skin of palmar part of little finger", (4029,)
)
"""Skin of palmar part of little finger (FMA 38357)."""

SkinOfPalmarPartOfMiddleFinger: Final[Code] = Code(
    "FMA", "38347", "Skin of palmar part of middle finger", (4029,)
)
"""Skin of palmar part of middle finger (FMA 38347)."""

SkinOfPalmarPartOfRingFinger: Final[Code] = Code(
    "FMA", "38354", "Skin of palmar part of ring finger", (4029,)
)
"""Skin of palmar part of ring finger (FMA 38354)."""

SkinOfPalmarPartOfThumb: Final[Code] = Code("FMA", "38341", "Skin of palmar part of thumb", (4029,))
"""Skin of palmar part of thumb (FMA 38341)."""

SkinOfPlantarPartOfFifthToe: Final[Code] = Code(
    "FMA", "38119", "Skin of plantar part of fifth toe", (4029,)
)
"""Skin of plantar part of fifth toe (FMA 38119)."""

SkinOfPlantarPartOfFourthToe: Final[Code] = Code(
    "FMA", "38116", "Skin of plantar part of fourth toe", (4029,)
)
"""Skin of plantar part of fourth toe (FMA 38116)."""

SkinOfPlantarPartOfGreatToe: Final[Code] = Code(
    "FMA", "38107", "Skin of plantar part of great toe", (4029,)
)
"""Skin of plantar part of great toe (FMA 38107)."""

SkinOfPlantarPartOfSecondToe: Final[Code] = Code(
    "FMA", "38110", "Skin of plantar part of second toe", (4029,)
)
"""Skin of plantar part of second toe (FMA 38110)."""

SkinOfPlantarPartOfThirdToe: Final[Code] = Code(
    "FMA", "38113", "Skin of plantar part of third toe", (4029,)
)
"""Skin of plantar part of third toe (FMA 38113)."""

SkinOfUpperInnerQuadrantOfBreast: Final[Code] = Code(
    "FMA", "61426", "Skin of upper inner quadrant of breast", (4029,)
)
"""Skin of upper inner quadrant of breast (FMA 61426)."""

SkinOfUpperOuterQuadrantOfLeftBreast: Final[Code] = Code(
    "FMA", "61439", "Skin of upper outer quadrant of left breast", (4029,)
)
"""Skin of upper outer quadrant of left breast (FMA 61439)."""

SkinOfVermilionProperOfLowerLip: Final[Code] = Code(
    "FMA", "312651", "Skin of vermilion proper of lower lip", (4029,)
)
"""Skin of vermilion proper of lower lip (FMA 312651)."""

SkinOfVermilionProperOfUpperLip: Final[Code] = Code(
    "FMA", "312647", "Skin of vermilion proper of upper lip", (4029,)
)
"""Skin of vermilion proper of upper lip (FMA 312647)."""

SubcorticalGrayMatter: Final[Code] = Code("FMA", "223151", "Subcortical gray matter", (7153,))
"""Subcortical gray matter (FMA 223151)."""

SubiliacLymphNode: Final[Code] = Code("FMA", "323407", "subiliac lymph node", (7600,))
"""subiliac lymph node (FMA 323407)."""

SupramammaryLymphNode: Final[Code] = Code("FMA", "12785", "supramammary lymph node", (7600,))
"""supramammary lymph node (FMA 12785)."""

TorusOfPharyngotympanicTube: Final[Code] = Code(
    "FMA", "54993", "torus of pharyngotympanic tube", (7601,)
)
"""torus of pharyngotympanic tube (FMA 54993)."""

WallOfGallbladder: Final[Code] = Code("FMA", "14657", "Wall of gallbladder", (7154,))
"""Wall of gallbladder (FMA 14657)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
