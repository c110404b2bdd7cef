"""CID 4207 Ophthalmic Image Position.

Extensible, version 20110825, UID 1.2.840.10008.6.1.323.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4207
NAME: _Final[str] = "Ophthalmic Image Position"
KEYWORD: _Final[str | None] = "OphthalmicImagePosition"
UID: _Final[str | None] = "1.2.840.10008.6.1.323"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiabeticRetinopathyStudyField1: _Final[_Code] = _Code(
    "SCT", "408734008", "Diabetic Retinopathy Study field 1", (4207,)
)
"""Diabetic Retinopathy Study field 1 (SCT 408734008)."""

DiabeticRetinopathyStudyField2: _Final[_Code] = _Code(
    "SCT", "410434001", "Diabetic Retinopathy Study field 2", (4207,)
)
"""Diabetic Retinopathy Study field 2 (SCT 410434001)."""

DiabeticRetinopathyStudyField3: _Final[_Code] = _Code(
    "SCT", "410435000", "Diabetic Retinopathy Study field 3", (4207,)
)
"""Diabetic Retinopathy Study field 3 (SCT 410435000)."""

DiabeticRetinopathyStudyField4: _Final[_Code] = _Code(
    "SCT", "410436004", "Diabetic Retinopathy Study field 4", (4207,)
)
"""Diabetic Retinopathy Study field 4 (SCT 410436004)."""

DiabeticRetinopathyStudyField5: _Final[_Code] = _Code(
    "SCT", "410437008", "Diabetic Retinopathy Study field 5", (4207,)
)
"""Diabetic Retinopathy Study field 5 (SCT 410437008)."""

DiabeticRetinopathyStudyField6: _Final[_Code] = _Code(
    "SCT", "410438003", "Diabetic Retinopathy Study field 6", (4207,)
)
"""Diabetic Retinopathy Study field 6 (SCT 410438003)."""

DiabeticRetinopathyStudyField7: _Final[_Code] = _Code(
    "SCT", "410439006", "Diabetic Retinopathy Study field 7", (4207,)
)
"""Diabetic Retinopathy Study field 7 (SCT 410439006)."""

Field1ForJoslin3Field: _Final[_Code] = _Code("DCM", "111621", "Field 1 for Joslin3 field", (4207,))
"""Field 1 for Joslin3 field (DCM 111621)."""

Field2ForJoslin3Field: _Final[_Code] = _Code("DCM", "111622", "Field 2 for Joslin 3 field", (4207,))
"""Field 2 for Joslin 3 field (DCM 111622)."""

Field3ForJoslin3Field: _Final[_Code] = _Code("DCM", "111623", "Field 3 for Joslin 3 field", (4207,))
"""Field 3 for Joslin 3 field (DCM 111623)."""

MaculaCentered: _Final[_Code] = _Code("DCM", "111900", "Macula centered", (4207,))
"""Macula centered (DCM 111900)."""

DiscCentered: _Final[_Code] = _Code("DCM", "111901", "Disc centered", (4207,))
"""Disc centered (DCM 111901)."""

LesionCentered: _Final[_Code] = _Code("DCM", "111902", "Lesion centered", (4207,))
"""Lesion centered (DCM 111902)."""

DiscMaculaCentered: _Final[_Code] = _Code("DCM", "111903", "Disc-macula centered", (4207,))
"""Disc-macula centered (DCM 111903)."""

MidPeripheralSuperior: _Final[_Code] = _Code("DCM", "111904", "Mid-peripheral-superior", (4207,))
"""Mid-peripheral-superior (DCM 111904)."""

MidPeripheralSuperiorTemporal: _Final[_Code] = _Code(
    "DCM", "111905", "Mid-peripheral-superior temporal", (4207,)
)
"""Mid-peripheral-superior temporal (DCM 111905)."""

MidPeripheralTemporal: _Final[_Code] = _Code("DCM", "111906", "Mid-peripheral-temporal", (4207,))
"""Mid-peripheral-temporal (DCM 111906)."""

MidPeripheralInferiorTemporal: _Final[_Code] = _Code(
    "DCM", "111907", "Mid-peripheral-inferior temporal", (4207,)
)
"""Mid-peripheral-inferior temporal (DCM 111907)."""

MidPeripheralInferior: _Final[_Code] = _Code("DCM", "111908", "Mid-peripheral-inferior", (4207,))
"""Mid-peripheral-inferior (DCM 111908)."""

MidPeripheralInferiorNasal: _Final[_Code] = _Code(
    "DCM", "111909", "Mid-peripheral-inferior nasal", (4207,)
)
"""Mid-peripheral-inferior nasal (DCM 111909)."""

MidPeripheralNasal: _Final[_Code] = _Code("DCM", "111910", "Mid-peripheral-nasal", (4207,))
"""Mid-peripheral-nasal (DCM 111910)."""

MidPeripheralSuperiorNasal: _Final[_Code] = _Code(
    "DCM", "111911", "Mid-peripheral-superior nasal", (4207,)
)
"""Mid-peripheral-superior nasal (DCM 111911)."""

PeripheralSuperior: _Final[_Code] = _Code("DCM", "111912", "Peripheral-superior", (4207,))
"""Peripheral-superior (DCM 111912)."""

PeripheralSuperiorTemporal: _Final[_Code] = _Code(
    "DCM", "111913", "Peripheral-superior temporal", (4207,)
)
"""Peripheral-superior temporal (DCM 111913)."""

PeripheralTemporal: _Final[_Code] = _Code("DCM", "111914", "Peripheral-temporal", (4207,))
"""Peripheral-temporal (DCM 111914)."""

PeripheralInferiorTemporal: _Final[_Code] = _Code(
    "DCM", "111915", "Peripheral-inferior temporal", (4207,)
)
"""Peripheral-inferior temporal (DCM 111915)."""

PeripheralInferior: _Final[_Code] = _Code("DCM", "111916", "Peripheral-inferior", (4207,))
"""Peripheral-inferior (DCM 111916)."""

PeripheralInferiorNasal: _Final[_Code] = _Code(
    "DCM", "111917", "Peripheral-inferior nasal", (4207,)
)
"""Peripheral-inferior nasal (DCM 111917)."""

PeripheralNasal: _Final[_Code] = _Code("DCM", "111918", "Peripheral-nasal", (4207,))
"""Peripheral-nasal (DCM 111918)."""

PeripheralSuperiorNasal: _Final[_Code] = _Code(
    "DCM", "111919", "Peripheral-superior nasal", (4207,)
)
"""Peripheral-superior nasal (DCM 111919)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DiabeticRetinopathyStudyField1,
    DiabeticRetinopathyStudyField2,
    DiabeticRetinopathyStudyField3,
    DiabeticRetinopathyStudyField4,
    DiabeticRetinopathyStudyField5,
    DiabeticRetinopathyStudyField6,
    DiabeticRetinopathyStudyField7,
    Field1ForJoslin3Field,
    Field2ForJoslin3Field,
    Field3ForJoslin3Field,
    MaculaCentered,
    DiscCentered,
    LesionCentered,
    DiscMaculaCentered,
    MidPeripheralSuperior,
    MidPeripheralSuperiorTemporal,
    MidPeripheralTemporal,
    MidPeripheralInferiorTemporal,
    MidPeripheralInferior,
    MidPeripheralInferiorNasal,
    MidPeripheralNasal,
    MidPeripheralSuperiorNasal,
    PeripheralSuperior,
    PeripheralSuperiorTemporal,
    PeripheralTemporal,
    PeripheralInferiorTemporal,
    PeripheralInferior,
    PeripheralInferiorNasal,
    PeripheralNasal,
    PeripheralSuperiorNasal,
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
