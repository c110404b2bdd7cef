"""Calculated IOL Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.type_of_optical_correction import (
        TypeOfOpticalCorrectionValue as _TypeOfOpticalCorrectionValue,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as _CalculatedToricPowerItem,
    )
    from dicomodel.items.calculation_comment_sequence_item import (
        CalculationCommentSequenceItem as _CalculationCommentSequenceItem,
    )
    from dicomodel.items.iol_power_sequence_item import (
        IOLPowerSequenceItem as _IOLPowerSequenceItem,
    )
    from dicomodel.items.lens_constant_sequence_item import (
        LensConstantSequenceItem as _LensConstantSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CalculatedToricPowerItem = Lazy(
        "dicomodel.items.calculated_toric_power_item", "CalculatedToricPowerItem"
    )
    _CalculationCommentSequenceItem = Lazy(
        "dicomodel.items.calculation_comment_sequence_item", "CalculationCommentSequenceItem"
    )
    _IOLPowerSequenceItem = Lazy("dicomodel.items.iol_power_sequence_item", "IOLPowerSequenceItem")
    _LensConstantSequenceItem = Lazy(
        "dicomodel.items.lens_constant_sequence_item", "LensConstantSequenceItem"
    )
    _TypeOfOpticalCorrectionValue = Lazy(
        "dicomodel.enums.type_of_optical_correction", "TypeOfOpticalCorrectionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.calculation_comment_type import (
        CalculationCommentTypeTerm as CalculationCommentTypeTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.pre_selected_for_implantation import (
        PreSelectedForImplantation as PreSelectedForImplantation,
    )
    from dicomodel.enums.type_of_optical_correction import (
        TypeOfOpticalCorrection as TypeOfOpticalCorrection,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as PredictedToricErrorSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as ToricIOLPowerForExactEmmetropiaSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as ToricIOLPowerForExactTargetRefractionSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as ToricIOLPowerSequenceItem,
    )
    from dicomodel.items.calculation_comment_sequence_item import (
        CalculationCommentSequenceItem as CalculationCommentSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.iol_power_sequence_item import IOLPowerSequenceItem as IOLPowerSequenceItem
    from dicomodel.items.lens_constant_sequence_item import (
        LensConstantSequenceItem as LensConstantSequenceItem,
    )

__all__ = [
    "CalculatedIOLMacro",
    "CalculationCommentSequenceItem",
    "CalculationCommentTypeTerm",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IOLPowerSequenceItem",
    "LensConstantSequenceItem",
    "MappingResourceTerm",
    "PreSelectedForImplantation",
    "PredictedToricErrorSequenceItem",
    "ToricIOLPowerForExactEmmetropiaSequenceItem",
    "ToricIOLPowerForExactTargetRefractionSequenceItem",
    "ToricIOLPowerSequenceItem",
    "TypeOfOpticalCorrection",
]


class CalculatedIOLMacro(DicomModel):
    """Calculated IOL Macro Attributes (PS3.3 Table C.8.25.16-5)."""

    dicom_name: ClassVar[str] = "Calculated IOL"
    dicom_table: ClassVar[str] = "table_C.8.25.16-5"

    IOLManufacturer: Annotated[
        vr.LO, Attribute(0x00221093, "LO", "1", "1", name="IOL Manufacturer")
    ]
    """IOL Manufacturer (0022,1093): Type 1, VR LO, VM 1. Name of the manufacturer that produced the lens."""

    ImplantName: Annotated[vr.LO, Attribute(0x00221095, "LO", "1", "1", name="Implant Name")]
    """Implant Name (0022,1095): Type 1, VR LO, VM 1. The (product) name of the lens."""

    TypeOfOpticalCorrection: Annotated[
        _TypeOfOpticalCorrectionValue | None,
        Attribute(
            0x00221046,
            "CS",
            "1",
            "3",
            name="Type of Optical Correction",
            enumerated=((0, ("SPHERICAL", "TORIC")),),
        ),
    ] = None
    """Type of Optical Correction (0022,1046): Type 3, VR CS, VM 1. Type of the optical correction achieved by the IOL. Enumerated Values: SPHERICAL TORIC"""

    LensConstantSequence: Annotated[
        list[_LensConstantSequenceItem],
        Attribute(0x00221092, "SQ", "1", "1", name="Lens Constant Sequence"),
    ]
    """Lens Constant Sequence (0022,1092): Type 1, VR SQ, VM 1. Constants used in calculation of intraocular lens power. These constants are a characteristic of the model of intraocular lens being considered for use in cataract surgery. One or more Items shall be included in this Sequence."""

    IOLPowerSequence: Annotated[
        list[_IOLPowerSequenceItem],
        Attribute(0x00221090, "SQ", "1", "1", name="IOL Power Sequence"),
    ]
    """IOL Power Sequence (0022,1090): Type 1, VR SQ, VM 1. Information needed to select the intraocular lens power for cataract surgery. One or more Items shall be included in this Sequence."""

    IOLPowerForExactEmmetropia: Annotated[
        vr.FL | None, Attribute(0x00221121, "FL", "1", "2", name="IOL Power for Exact Emmetropia")
    ]
    """IOL Power for Exact Emmetropia (0022,1121): Type 2, VR FL, VM 1. The IOL power that would be required to achieve exact emmetropia, or no need for glasses at distance after surgery, in diopters."""

    ToricIOLPowerForExactEmmetropiaSequence: Annotated[
        list[_CalculatedToricPowerItem] | None,
        Attribute(
            0x0022104A,
            "SQ",
            "1",
            "2C",
            name="Toric IOL Power for Exact Emmetropia Sequence",
            when=("value", 0x00221046, 0, "in", ("TORIC",)),
        ),
    ] = None
    """Toric IOL Power for Exact Emmetropia Sequence (0022,104A): Type 2C, VR SQ, VM 1. Required if Type of Optical Correction (0022,1046) is TORIC. The toric IOL power that would be required to achieve exact emmetropia. Zero or one Item shall be included in this Sequence. Required if Type of Optical Correction (0022,1046) is TORIC."""

    IOLPowerForExactTargetRefraction: Annotated[
        vr.FL | None,
        Attribute(0x00221122, "FL", "1", "2", name="IOL Power for Exact Target Refraction"),
    ]
    """IOL Power for Exact Target Refraction (0022,1122): Type 2, VR FL, VM 1. The IOL power that would be required to exactly achieve Target Refraction (0022,1037), in diopters. If Type of Optical Correction (0022,1046) is TORIC, this value represents the spherical equivalent of the toric intraocular lens power for e..."""

    ToricIOLPowerForExactTargetRefractionSequence: Annotated[
        list[_CalculatedToricPowerItem] | None,
        Attribute(
            0x0022104B,
            "SQ",
            "1",
            "2C",
            name="Toric IOL Power for Exact Target Refraction Sequence",
            when=("value", 0x00221046, 0, "in", ("TORIC",)),
        ),
    ] = None
    """Toric IOL Power for Exact Target Refraction Sequence (0022,104B): Type 2C, VR SQ, VM 1. Required if Type of Optical Correction (0022,1046) is TORIC. The toric IOL power that would be required to exactly achieve Target Refraction (0022,1037). Zero or one Item shall be included in this Sequence. Required if Type of Optical Correction (0022,1046) is TORIC."""

    CalculationCommentSequence: Annotated[
        list[_CalculationCommentSequenceItem] | None,
        Attribute(0x0022112A, "SQ", "1", "3", name="Calculation Comment Sequence"),
    ] = None
    """Calculation Comment Sequence (0022,112A): Type 3, VR SQ, VM 1. Comment, hints or warnings related to the intraocular lens calculation(s). One or more Items are permitted in this Sequence. See Section C.8.25.16.5.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CalculationCommentSequenceItem": (
        "dicomodel.items.calculation_comment_sequence_item",
        "CalculationCommentSequenceItem",
    ),
    "CalculationCommentTypeTerm": (
        "dicomodel.enums.calculation_comment_type",
        "CalculationCommentTypeTerm",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IOLPowerSequenceItem": ("dicomodel.items.iol_power_sequence_item", "IOLPowerSequenceItem"),
    "LensConstantSequenceItem": (
        "dicomodel.items.lens_constant_sequence_item",
        "LensConstantSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PreSelectedForImplantation": (
        "dicomodel.enums.pre_selected_for_implantation",
        "PreSelectedForImplantation",
    ),
    "PredictedToricErrorSequenceItem": (
        "dicomodel.items.calculated_toric_power_item",
        "CalculatedToricPowerItem",
    ),
    "ToricIOLPowerForExactEmmetropiaSequenceItem": (
        "dicomodel.items.calculated_toric_power_item",
        "CalculatedToricPowerItem",
    ),
    "ToricIOLPowerForExactTargetRefractionSequenceItem": (
        "dicomodel.items.calculated_toric_power_item",
        "CalculatedToricPowerItem",
    ),
    "ToricIOLPowerSequenceItem": (
        "dicomodel.items.calculated_toric_power_item",
        "CalculatedToricPowerItem",
    ),
    "TypeOfOpticalCorrection": (
        "dicomodel.enums.type_of_optical_correction",
        "TypeOfOpticalCorrection",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
