"""CID 12279 Cardiac Ultrasound Fetal General Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.859.
Includes CID 12004.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12279
NAME: _Final[str] = "Cardiac Ultrasound Fetal General Measurement"
KEYWORD: _Final[str | None] = "CardiacUltrasoundFetalGeneralMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.859"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = (12004,)
EXTERNAL_SCHEME: _Final[str | None] = None

ThoracicCircumference: _Final[_Code] = _Code(
    "LN", "11988-3", "Thoracic Circumference", (12005, 12279)
)
"""Thoracic Circumference (LN 11988-3)."""

ThoracicArea: _Final[_Code] = _Code("LN", "33068-8", "Thoracic Area", (12005, 12279))
"""Thoracic Area (LN 33068-8)."""

CardiacCircumferenceTransverseByUS: _Final[_Code] = _Code(
    "LN", "59073-7", "Cardiac Circumference, transverse by US", (12279,)
)
"""Cardiac Circumference, transverse by US (LN 59073-7)."""

CardiothoracicCircumferenceRatio: _Final[_Code] = _Code(
    "LN", "59074-5", "Cardiothoracic Circumference Ratio", (12279,)
)
"""Cardiothoracic Circumference Ratio (LN 59074-5)."""

CardiacCrossSectionalAreaTransverseByUS: _Final[_Code] = _Code(
    "LN", "59075-2", "Cardiac Cross-sectional Area, transverse by US", (12279,)
)
"""Cardiac Cross-sectional Area, transverse by US (LN 59075-2)."""

CardiothoracicAreaRatio: _Final[_Code] = _Code(
    "LN", "59076-0", "Cardiothoracic Area Ratio", (12279,)
)
"""Cardiothoracic Area Ratio (LN 59076-0)."""

BiparietalDiameter: _Final[_Code] = _Code("LN", "11820-8", "Biparietal Diameter", (12005, 12279))
"""Biparietal Diameter (LN 11820-8)."""

NuchalTranslucency: _Final[_Code] = _Code(
    "LN", "33069-6", "Nuchal Translucency", (12007, 12009, 12279)
)
"""Nuchal Translucency (LN 33069-6)."""

FemurLength: _Final[_Code] = _Code("LN", "11963-6", "Femur Length", (12005, 12006, 12279))
"""Femur Length (LN 11963-6)."""

AbdominalCircumference: _Final[_Code] = _Code(
    "LN", "11979-2", "Abdominal Circumference", (12005, 12279)
)
"""Abdominal Circumference (LN 11979-2)."""

AnteriorPosteriorAbdominalDiameter: _Final[_Code] = _Code(
    "LN", "11818-2", "Anterior-Posterior Abdominal Diameter", (12005, 12279)
)
"""Anterior-Posterior Abdominal Diameter (LN 11818-2)."""

AnteriorPosteriorTrunkDiameter: _Final[_Code] = _Code(
    "LN", "11819-0", "Anterior-Posterior Trunk Diameter", (12005, 12279)
)
"""Anterior-Posterior Trunk Diameter (LN 11819-0)."""

BPDAreaCorrected: _Final[_Code] = _Code("LN", "11824-0", "BPD area corrected", (12005, 12279))
"""BPD area corrected (LN 11824-0)."""

CisternaMagnaLength: _Final[_Code] = _Code(
    "LN", "11860-4", "Cisterna Magna Length", (12005, 12007, 12279)
)
"""Cisterna Magna Length (LN 11860-4)."""

HeadCircumference: _Final[_Code] = _Code("LN", "11984-2", "Head Circumference", (12005, 12279))
"""Head Circumference (LN 11984-2)."""

OccipitalFrontalDiameter: _Final[_Code] = _Code(
    "LN", "11851-3", "Occipital-Frontal Diameter", (12005, 12279)
)
"""Occipital-Frontal Diameter (LN 11851-3)."""

TransverseAbdominalDiameter: _Final[_Code] = _Code(
    "LN", "11862-0", "Transverse Abdominal Diameter", (12005, 12279)
)
"""Transverse Abdominal Diameter (LN 11862-0)."""

TransverseCerebellarDiameter: _Final[_Code] = _Code(
    "LN", "11863-8", "Transverse Cerebellar Diameter", (12005, 12007, 12279)
)
"""Transverse Cerebellar Diameter (LN 11863-8)."""

TransverseThoracicDiameter: _Final[_Code] = _Code(
    "LN", "11864-6", "Transverse Thoracic Diameter", (12005, 12279)
)
"""Transverse Thoracic Diameter (LN 11864-6)."""

ForamenOvaleDiameterAorticRootDiameter: _Final[_Code] = _Code(
    "LN", "59077-8", "Foramen Ovale Diameter/Aortic Root Diameter", (12279,)
)
"""Foramen Ovale Diameter/Aortic Root Diameter (LN 59077-8)."""

LeftVentricleRightVentricleDiameterRatio: _Final[_Code] = _Code(
    "LN", "59078-6", "Left Ventricle/Right Ventricle Diameter Ratio", (12279,)
)
"""Left Ventricle/Right Ventricle Diameter Ratio (LN 59078-6)."""

NumberOfUmbilicalArteries: _Final[_Code] = _Code(
    "SCT", "249192005", "Number of umbilical arteries", (12279,)
)
"""Number of umbilical arteries (SCT 249192005)."""

HCAC: _Final[_Code] = _Code("LN", "11947-9", "HC/AC", (12004,))
"""HC/AC (LN 11947-9). Included from CID 12004."""

FLAC: _Final[_Code] = _Code("LN", "11871-1", "FL/AC", (12004,))
"""FL/AC (LN 11871-1). Included from CID 12004."""

FLBPD: _Final[_Code] = _Code("LN", "11872-9", "FL/BPD", (12004,))
"""FL/BPD (LN 11872-9). Included from CID 12004."""

CephalicIndex: _Final[_Code] = _Code("LN", "11823-2", "Cephalic Index", (12004,))
"""Cephalic Index (LN 11823-2). Included from CID 12004."""

FLHC: _Final[_Code] = _Code("LN", "11873-7", "FL/HC", (12004,))
"""FL/HC (LN 11873-7). Included from CID 12004."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
