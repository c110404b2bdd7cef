"""Intraocular Lens Calculations Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.intraocular_lens_calculations_item import (
        IntraocularLensCalculationsItem as _IntraocularLensCalculationsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IntraocularLensCalculationsItem = Lazy(
        "dicomodel.items.intraocular_lens_calculations_item", "IntraocularLensCalculationsItem"
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
    from dicomodel.enums.refractive_procedure_occurred import (
        RefractiveProcedureOccurred as RefractiveProcedureOccurred,
    )
    from dicomodel.enums.type_of_optical_correction import (
        TypeOfOpticalCorrection as TypeOfOpticalCorrection,
    )
    from dicomodel.items.anterior_chamber_depth_sequence_item import (
        AnteriorChamberDepthSequenceItem as AnteriorChamberDepthSequenceItem,
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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CorneaMeasurementMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as IOLFormulaCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as KeratometryMeasurementTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicUltrasoundMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RefractiveSurgeryTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfAnteriorChamberDepthDataCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfCorneaMeasurementDataCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfCornealSizeDataCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfLensThicknessDataCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfOphthalmicAxialLengthCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfRefractiveMeasurementsCodeSequenceItem,
    )
    from dicomodel.items.cornea_measurements_sequence_item import (
        CorneaMeasurementsSequenceItem as CorneaMeasurementsSequenceItem,
    )
    from dicomodel.items.corneal_size_sequence_item import (
        CornealSizeSequenceItem as CornealSizeSequenceItem,
    )
    from dicomodel.items.cylinder_sequence_item import (
        CylinderSequenceItem as SurgicallyInducedAstigmatismSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.intraocular_lens_calculations_item import (
        IntraocularLensCalculationsItem as IntraocularLensCalculationsLeftEyeSequenceItem,
    )
    from dicomodel.items.intraocular_lens_calculations_item import (
        IntraocularLensCalculationsItem as IntraocularLensCalculationsRightEyeSequenceItem,
    )
    from dicomodel.items.iol_power_sequence_item import IOLPowerSequenceItem as IOLPowerSequenceItem
    from dicomodel.items.lens_constant_sequence_item import (
        LensConstantSequenceItem as LensConstantSequenceItem,
    )
    from dicomodel.items.lens_thickness_sequence_item import (
        LensThicknessSequenceItem as LensThicknessSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_sequence_item import (
        OphthalmicAxialLengthSequenceItem as OphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.refractive_state_sequence_item_intraocular_lens_calculations import (
        RefractiveStateSequenceItemIntraocularLensCalculations as RefractiveStateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.source_of_refractive_measurements_sequence_item import (
        SourceOfRefractiveMeasurementsSequenceItem as SourceOfRefractiveMeasurementsSequenceItem,
    )
    from dicomodel.items.steep_corneal_axis_sequence_item import (
        SteepCornealAxisSequenceItem as FlatCornealAxisSequenceItem,
    )
    from dicomodel.items.steep_corneal_axis_sequence_item import (
        SteepCornealAxisSequenceItem as SteepCornealAxisSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations import (
        SteepKeratometricAxisSequenceItemIntraocularLensCalculations as FlatKeratometricAxisSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations import (
        SteepKeratometricAxisSequenceItemIntraocularLensCalculations as SteepKeratometricAxisSequenceItem,
    )

__all__ = [
    "AnteriorChamberDepthSequenceItem",
    "CalculationCommentSequenceItem",
    "CalculationCommentTypeTerm",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "CorneaMeasurementMethodCodeSequenceItem",
    "CorneaMeasurementsSequenceItem",
    "CornealSizeSequenceItem",
    "EquivalentCodeSequenceItem",
    "FlatCornealAxisSequenceItem",
    "FlatKeratometricAxisSequenceItem",
    "IOLFormulaCodeSequenceItem",
    "IOLPowerSequenceItem",
    "IntraocularLensCalculationsLeftEyeSequenceItem",
    "IntraocularLensCalculationsModule",
    "IntraocularLensCalculationsRightEyeSequenceItem",
    "KeratometryMeasurementTypeCodeSequenceItem",
    "LensConstantSequenceItem",
    "LensThicknessSequenceItem",
    "MappingResourceTerm",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialLengthSequenceItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem",
    "PreSelectedForImplantation",
    "PredictedToricErrorSequenceItem",
    "ReferencedSOPSequenceItem",
    "RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem",
    "RefractiveProcedureOccurred",
    "RefractiveStateSequenceItem",
    "RefractiveSurgeryTypeCodeSequenceItem",
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem",
    "SourceOfCorneaMeasurementDataCodeSequenceItem",
    "SourceOfCornealSizeDataCodeSequenceItem",
    "SourceOfLensThicknessDataCodeSequenceItem",
    "SourceOfOphthalmicAxialLengthCodeSequenceItem",
    "SourceOfRefractiveMeasurementsCodeSequenceItem",
    "SourceOfRefractiveMeasurementsSequenceItem",
    "SteepCornealAxisSequenceItem",
    "SteepKeratometricAxisSequenceItem",
    "SurgicallyInducedAstigmatismSequenceItem",
    "ToricIOLPowerForExactEmmetropiaSequenceItem",
    "ToricIOLPowerForExactTargetRefractionSequenceItem",
    "ToricIOLPowerSequenceItem",
    "TypeOfOpticalCorrection",
]


class IntraocularLensCalculationsModule(DicomModel):
    """Intraocular Lens Calculations Module Attributes (PS3.3 Table C.8.25.16-1)."""

    dicom_name: ClassVar[str] = "Intraocular Lens Calculations"
    dicom_table: ClassVar[str] = "table_C.8.25.16-1"

    IntraocularLensCalculationsRightEyeSequence: Annotated[
        list[_IntraocularLensCalculationsItem] | None,
        Attribute(
            0x00221300,
            "SQ",
            "1",
            "1C",
            name="Intraocular Lens Calculations Right Eye Sequence",
            when=(
                "unknown",
                "names no attribute: the device calculated intraocular lens power for the right eye",
            ),
        ),
    ] = None
    """Intraocular Lens Calculations Right Eye Sequence (0022,1300): Type 1C, VR SQ, VM 1. Required if the device calculated intraocular lens power for the right eye. Calculations of intraocular lens power for a patient's right eye. One or more Items shall be included in this Sequence. Required if the device calculated intraocular lens power for the right eye."""

    IntraocularLensCalculationsLeftEyeSequence: Annotated[
        list[_IntraocularLensCalculationsItem] | None,
        Attribute(
            0x00221310,
            "SQ",
            "1",
            "1C",
            name="Intraocular Lens Calculations Left Eye Sequence",
            when=(
                "unknown",
                "names no attribute: the device calculated intraocular lens power for the left eye",
            ),
        ),
    ] = None
    """Intraocular Lens Calculations Left Eye Sequence (0022,1310): Type 1C, VR SQ, VM 1. Required if the device calculated intraocular lens power for the left eye. Calculations of intraocular lens power for a patient's left eye. One or more Items shall be included in this Sequence. Required if the device calculated intraocular lens power for the left eye."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnteriorChamberDepthSequenceItem": (
        "dicomodel.items.anterior_chamber_depth_sequence_item",
        "AnteriorChamberDepthSequenceItem",
    ),
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
    "CorneaMeasurementMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "CorneaMeasurementsSequenceItem": (
        "dicomodel.items.cornea_measurements_sequence_item",
        "CorneaMeasurementsSequenceItem",
    ),
    "CornealSizeSequenceItem": (
        "dicomodel.items.corneal_size_sequence_item",
        "CornealSizeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FlatCornealAxisSequenceItem": (
        "dicomodel.items.steep_corneal_axis_sequence_item",
        "SteepCornealAxisSequenceItem",
    ),
    "FlatKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
        "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
    ),
    "IOLFormulaCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "IOLPowerSequenceItem": ("dicomodel.items.iol_power_sequence_item", "IOLPowerSequenceItem"),
    "IntraocularLensCalculationsLeftEyeSequenceItem": (
        "dicomodel.items.intraocular_lens_calculations_item",
        "IntraocularLensCalculationsItem",
    ),
    "IntraocularLensCalculationsRightEyeSequenceItem": (
        "dicomodel.items.intraocular_lens_calculations_item",
        "IntraocularLensCalculationsItem",
    ),
    "KeratometryMeasurementTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LensConstantSequenceItem": (
        "dicomodel.items.lens_constant_sequence_item",
        "LensConstantSequenceItem",
    ),
    "LensThicknessSequenceItem": (
        "dicomodel.items.lens_thickness_sequence_item",
        "LensThicknessSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_sequence_item",
        "OphthalmicAxialLengthSequenceItem",
    ),
    "OphthalmicUltrasoundMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PreSelectedForImplantation": (
        "dicomodel.enums.pre_selected_for_implantation",
        "PreSelectedForImplantation",
    ),
    "PredictedToricErrorSequenceItem": (
        "dicomodel.items.calculated_toric_power_item",
        "CalculatedToricPowerItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RefractiveProcedureOccurred": (
        "dicomodel.enums.refractive_procedure_occurred",
        "RefractiveProcedureOccurred",
    ),
    "RefractiveStateSequenceItem": (
        "dicomodel.items.refractive_state_sequence_item_intraocular_lens_calculations",
        "RefractiveStateSequenceItemIntraocularLensCalculations",
    ),
    "RefractiveSurgeryTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceOfCorneaMeasurementDataCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceOfCornealSizeDataCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceOfLensThicknessDataCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceOfOphthalmicAxialLengthCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceOfRefractiveMeasurementsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceOfRefractiveMeasurementsSequenceItem": (
        "dicomodel.items.source_of_refractive_measurements_sequence_item",
        "SourceOfRefractiveMeasurementsSequenceItem",
    ),
    "SteepCornealAxisSequenceItem": (
        "dicomodel.items.steep_corneal_axis_sequence_item",
        "SteepCornealAxisSequenceItem",
    ),
    "SteepKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
        "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
    ),
    "SurgicallyInducedAstigmatismSequenceItem": (
        "dicomodel.items.cylinder_sequence_item",
        "CylinderSequenceItem",
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
