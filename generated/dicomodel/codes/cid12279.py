"""CID 12279 Cardiac Ultrasound Fetal General Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.859.
Includes CID 12004.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12279
NAME: Final[str] = "Cardiac Ultrasound Fetal General Measurement"
KEYWORD: Final[str | None] = "CardiacUltrasoundFetalGeneralMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.859"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = (12004,)
EXTERNAL_SCHEME: Final[str | None] = None

ThoracicCircumference: Final[Code] = Code("LN", "11988-3", "Thoracic Circumference", (12005, 12279))
"""Thoracic Circumference (LN 11988-3)."""

ThoracicArea: Final[Code] = Code("LN", "33068-8", "Thoracic Area", (12005, 12279))
"""Thoracic Area (LN 33068-8)."""

CardiacCircumferenceTransverseByUS: Final[Code] = Code(
    "LN", "59073-7", "Cardiac Circumference, transverse by US", (12279,)
)
"""Cardiac Circumference, transverse by US (LN 59073-7)."""

CardiothoracicCircumferenceRatio: Final[Code] = Code(
    "LN", "59074-5", "Cardiothoracic Circumference Ratio", (12279,)
)
"""Cardiothoracic Circumference Ratio (LN 59074-5)."""

CardiacCrossSectionalAreaTransverseByUS: Final[Code] = Code(
    "LN", "59075-2", "Cardiac Cross-sectional Area, transverse by US", (12279,)
)
"""Cardiac Cross-sectional Area, transverse by US (LN 59075-2)."""

CardiothoracicAreaRatio: Final[Code] = Code("LN", "59076-0", "Cardiothoracic Area Ratio", (12279,))
"""Cardiothoracic Area Ratio (LN 59076-0)."""

BiparietalDiameter: Final[Code] = Code("LN", "11820-8", "Biparietal Diameter", (12005, 12279))
"""Biparietal Diameter (LN 11820-8)."""

NuchalTranslucency: Final[Code] = Code(
    "LN", "33069-6", "Nuchal Translucency", (12007, 12009, 12279)
)
"""Nuchal Translucency (LN 33069-6)."""

FemurLength: Final[Code] = Code("LN", "11963-6", "Femur Length", (12005, 12006, 12279))
"""Femur Length (LN 11963-6)."""

AbdominalCircumference: Final[Code] = Code(
    "LN", "11979-2", "Abdominal Circumference", (12005, 12279)
)
"""Abdominal Circumference (LN 11979-2)."""

AnteriorPosteriorAbdominalDiameter: Final[Code] = Code(
    "LN", "11818-2", "Anterior-Posterior Abdominal Diameter", (12005, 12279)
)
"""Anterior-Posterior Abdominal Diameter (LN 11818-2)."""

AnteriorPosteriorTrunkDiameter: Final[Code] = Code(
    "LN", "11819-0", "Anterior-Posterior Trunk Diameter", (12005, 12279)
)
"""Anterior-Posterior Trunk Diameter (LN 11819-0)."""

BPDAreaCorrected: Final[Code] = Code("LN", "11824-0", "BPD area corrected", (12005, 12279))
"""BPD area corrected (LN 11824-0)."""

CisternaMagnaLength: Final[Code] = Code(
    "LN", "11860-4", "Cisterna Magna Length", (12005, 12007, 12279)
)
"""Cisterna Magna Length (LN 11860-4)."""

HeadCircumference: Final[Code] = Code("LN", "11984-2", "Head Circumference", (12005, 12279))
"""Head Circumference (LN 11984-2)."""

OccipitalFrontalDiameter: Final[Code] = Code(
    "LN", "11851-3", "Occipital-Frontal Diameter", (12005, 12279)
)
"""Occipital-Frontal Diameter (LN 11851-3)."""

TransverseAbdominalDiameter: Final[Code] = Code(
    "LN", "11862-0", "Transverse Abdominal Diameter", (12005, 12279)
)
"""Transverse Abdominal Diameter (LN 11862-0)."""

TransverseCerebellarDiameter: Final[Code] = Code(
    "LN", "11863-8", "Transverse Cerebellar Diameter", (12005, 12007, 12279)
)
"""Transverse Cerebellar Diameter (LN 11863-8)."""

TransverseThoracicDiameter: Final[Code] = Code(
    "LN", "11864-6", "Transverse Thoracic Diameter", (12005, 12279)
)
"""Transverse Thoracic Diameter (LN 11864-6)."""

ForamenOvaleDiameterAorticRootDiameter: Final[Code] = Code(
    "LN", "59077-8", "Foramen Ovale Diameter/Aortic Root Diameter", (12279,)
)
"""Foramen Ovale Diameter/Aortic Root Diameter (LN 59077-8)."""

LeftVentricleRightVentricleDiameterRatio: Final[Code] = Code(
    "LN", "59078-6", "Left Ventricle/Right Ventricle Diameter Ratio", (12279,)
)
"""Left Ventricle/Right Ventricle Diameter Ratio (LN 59078-6)."""

NumberOfUmbilicalArteries: Final[Code] = Code(
    "SCT", "249192005", "Number of umbilical arteries", (12279,)
)
"""Number of umbilical arteries (SCT 249192005)."""

HCAC: Final[Code] = Code("LN", "11947-9", "HC/AC", (12004,))
"""HC/AC (LN 11947-9). Included from CID 12004."""

FLAC: Final[Code] = Code("LN", "11871-1", "FL/AC", (12004,))
"""FL/AC (LN 11871-1). Included from CID 12004."""

FLBPD: Final[Code] = Code("LN", "11872-9", "FL/BPD", (12004,))
"""FL/BPD (LN 11872-9). Included from CID 12004."""

CephalicIndex: Final[Code] = Code("LN", "11823-2", "Cephalic Index", (12004,))
"""Cephalic Index (LN 11823-2). Included from CID 12004."""

FLHC: Final[Code] = Code("LN", "11873-7", "FL/HC", (12004,))
"""FL/HC (LN 11873-7). Included from CID 12004."""

MEMBERS: Final[tuple[Code, ...]] = (
    ThoracicCircumference,
    ThoracicArea,
    CardiacCircumferenceTransverseByUS,
    CardiothoracicCircumferenceRatio,
    CardiacCrossSectionalAreaTransverseByUS,
    CardiothoracicAreaRatio,
    BiparietalDiameter,
    NuchalTranslucency,
    FemurLength,
    AbdominalCircumference,
    AnteriorPosteriorAbdominalDiameter,
    AnteriorPosteriorTrunkDiameter,
    BPDAreaCorrected,
    CisternaMagnaLength,
    HeadCircumference,
    OccipitalFrontalDiameter,
    TransverseAbdominalDiameter,
    TransverseCerebellarDiameter,
    TransverseThoracicDiameter,
    ForamenOvaleDiameterAorticRootDiameter,
    LeftVentricleRightVentricleDiameterRatio,
    NumberOfUmbilicalArteries,
    HCAC,
    FLAC,
    FLBPD,
    CephalicIndex,
    FLHC,
)
"""The resolved membership: own members, then those of the included groups, in order."""
