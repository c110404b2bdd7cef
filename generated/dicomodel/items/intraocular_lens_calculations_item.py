"""Item class IntraocularLensCalculationsItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.refractive_procedure_occurred import (
        RefractiveProcedureOccurredValue as _RefractiveProcedureOccurredValue,
    )
    from dicomodel.enums.type_of_optical_correction import (
        TypeOfOpticalCorrectionValue as _TypeOfOpticalCorrectionValue,
    )
    from dicomodel.items.anterior_chamber_depth_sequence_item import (
        AnteriorChamberDepthSequenceItem as _AnteriorChamberDepthSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as _CalculatedToricPowerItem,
    )
    from dicomodel.items.calculation_comment_sequence_item import (
        CalculationCommentSequenceItem as _CalculationCommentSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.cornea_measurements_sequence_item import (
        CorneaMeasurementsSequenceItem as _CorneaMeasurementsSequenceItem,
    )
    from dicomodel.items.corneal_size_sequence_item import (
        CornealSizeSequenceItem as _CornealSizeSequenceItem,
    )
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as _CylinderSequenceItem
    from dicomodel.items.iol_power_sequence_item import (
        IOLPowerSequenceItem as _IOLPowerSequenceItem,
    )
    from dicomodel.items.lens_constant_sequence_item import (
        LensConstantSequenceItem as _LensConstantSequenceItem,
    )
    from dicomodel.items.lens_thickness_sequence_item import (
        LensThicknessSequenceItem as _LensThicknessSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_sequence_item import (
        OphthalmicAxialLengthSequenceItem as _OphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.refractive_state_sequence_item_intraocular_lens_calculations import (
        RefractiveStateSequenceItemIntraocularLensCalculations as _RefractiveStateSequenceItemIntraocularLensCalculations,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations import (
        SteepKeratometricAxisSequenceItemIntraocularLensCalculations as _SteepKeratometricAxisSequenceItemIntraocularLensCalculations,
    )
else:
    from dicomodel.lazy import Lazy

    _AnteriorChamberDepthSequenceItem = Lazy(
        "dicomodel.items.anterior_chamber_depth_sequence_item", "AnteriorChamberDepthSequenceItem"
    )
    _CalculatedToricPowerItem = Lazy(
        "dicomodel.items.calculated_toric_power_item", "CalculatedToricPowerItem"
    )
    _CalculationCommentSequenceItem = Lazy(
        "dicomodel.items.calculation_comment_sequence_item", "CalculationCommentSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CorneaMeasurementsSequenceItem = Lazy(
        "dicomodel.items.cornea_measurements_sequence_item", "CorneaMeasurementsSequenceItem"
    )
    _CornealSizeSequenceItem = Lazy(
        "dicomodel.items.corneal_size_sequence_item", "CornealSizeSequenceItem"
    )
    _CylinderSequenceItem = Lazy("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem")
    _IOLPowerSequenceItem = Lazy("dicomodel.items.iol_power_sequence_item", "IOLPowerSequenceItem")
    _LensConstantSequenceItem = Lazy(
        "dicomodel.items.lens_constant_sequence_item", "LensConstantSequenceItem"
    )
    _LensThicknessSequenceItem = Lazy(
        "dicomodel.items.lens_thickness_sequence_item", "LensThicknessSequenceItem"
    )
    _OphthalmicAxialLengthSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_sequence_item", "OphthalmicAxialLengthSequenceItem"
    )
    _RefractiveProcedureOccurredValue = Lazy(
        "dicomodel.enums.refractive_procedure_occurred", "RefractiveProcedureOccurredValue"
    )
    _RefractiveStateSequenceItemIntraocularLensCalculations = Lazy(
        "dicomodel.items.refractive_state_sequence_item_intraocular_lens_calculations",
        "RefractiveStateSequenceItemIntraocularLensCalculations",
    )
    _SteepKeratometricAxisSequenceItemIntraocularLensCalculations = Lazy(
        "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
        "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
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
    "IntraocularLensCalculationsItem",
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


class IntraocularLensCalculationsItem(DicomModel):
    """An item of Intraocular Lens Calculations Right Eye Sequence (0022,1300), as first defined in Intraocular Lens Calculations Module Attributes (C.8.25.16-1)."""

    dicom_name: ClassVar[str] = "Intraocular Lens Calculations Right Eye Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-1"

    TargetRefraction: Annotated[
        vr.FL, Attribute(0x00221037, "FL", "1", "1", name="Target Refraction")
    ]
    """Target Refraction (0022,1037): Type 1, VR FL, VM 1. The desired postoperative refractive error, in diopters."""

    RefractiveProcedureOccurred: Annotated[
        _RefractiveProcedureOccurredValue | None,
        Attribute(
            0x00221039,
            "CS",
            "1",
            "2",
            name="Refractive Procedure Occurred",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Refractive Procedure Occurred (0022,1039): Type 2, VR CS, VM 1. Whether or not a patient has had refractive surgery. Enumerated Values: YES NO"""

    RefractiveSurgeryTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00221040,
            "SQ",
            "1",
            "2C",
            name="Refractive Surgery Type Code Sequence",
            when=("value", 0x00221039, 0, "in", ("YES",)),
        ),
    ] = None
    """Refractive Surgery Type Code Sequence (0022,1040): Type 2C, VR SQ, VM 1. Required if the value of Refractive Procedure Occurred (0022,1039) is YES. Type of refractive surgery a patient has had. Zero or more Items shall be included in this Sequence. Required if the value of Refractive Procedure Occurred (0022,1039) is YES."""

    RefractiveErrorBeforeRefractiveSurgeryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00221103,
            "SQ",
            "1",
            "2C",
            name="Refractive Error Before Refractive Surgery Code Sequence",
            when=("value", 0x00221039, 0, "in", ("YES",)),
        ),
    ] = None
    """Refractive Error Before Refractive Surgery Code Sequence (0022,1103): Type 2C, VR SQ, VM 1. Required if the value of Refractive Procedure Occurred (0022,1039) is YES. The patient's refractive error before any of the refractive surgeries listed in Refractive Surgery Type Code Sequence (0022,1040) were performed. Zero or one Item shall be included in this Sequence."""

    CornealSizeSequence: Annotated[
        list[_CornealSizeSequenceItem] | None,
        Attribute(0x00460047, "SQ", "1", "3", name="Corneal Size Sequence"),
    ] = None
    """Corneal Size Sequence (0046,0047): Type 3, VR SQ, VM 1. Corneal Size value and source. Only a single Item is permitted in this Sequence."""

    LensThicknessSequence: Annotated[
        list[_LensThicknessSequenceItem] | None,
        Attribute(0x00221127, "SQ", "1", "3", name="Lens Thickness Sequence"),
    ] = None
    """Lens Thickness Sequence (0022,1127): Type 3, VR SQ, VM 1. Lens thickness value and source. Only a single Item is permitted in this Sequence."""

    AnteriorChamberDepthSequence: Annotated[
        list[_AnteriorChamberDepthSequenceItem] | None,
        Attribute(0x00221128, "SQ", "1", "3", name="Anterior Chamber Depth Sequence"),
    ] = None
    """Anterior Chamber Depth Sequence (0022,1128): Type 3, VR SQ, VM 1. Anterior chamber depth value and source. Only a single Item is permitted in this Sequence."""

    RefractiveStateSequence: Annotated[
        list[_RefractiveStateSequenceItemIntraocularLensCalculations] | None,
        Attribute(0x0022001B, "SQ", "1", "2", name="Refractive State Sequence"),
    ]
    """Refractive State Sequence (0022,001B): Type 2, VR SQ, VM 1. Refractive state of the imaged eye at the time of acquisition. Zero or one Item shall be included in this Sequence."""

    SteepKeratometricAxisSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItemIntraocularLensCalculations],
        Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
    ]
    """Steep Keratometric Axis Sequence (0046,0074): Type 1, VR SQ, VM 1. Steepest meridian as defined by the greatest power of curvature and shortest radius of curvature. Only a single Item shall be included in this Sequence."""

    FlatKeratometricAxisSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItemIntraocularLensCalculations],
        Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
    ]
    """Flat Keratometric Axis Sequence (0046,0080): Type 1, VR SQ, VM 1. Flattest meridian as defined by the least power of curvature and longest radius of curvature. Only a single Item shall be included in this Sequence."""

    KeratometryMeasurementTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00221096, "SQ", "1", "2", name="Keratometry Measurement Type Code Sequence"),
    ]
    """Keratometry Measurement Type Code Sequence (0022,1096): Type 2, VR SQ, VM 1. Descriptors relevant to keratometry data. Zero or one Item shall be included in this Sequence."""

    KeratometerIndex: Annotated[
        vr.FL | None, Attribute(0x00221033, "FL", "1", "2", name="Keratometer Index")
    ]
    """Keratometer Index (0022,1033): Type 2, VR FL, VM 1. The translation factor specific to each keratometer that derives a number for power from the measured radius of curvature of the cornea."""

    CorneaMeasurementsSequence: Annotated[
        list[_CorneaMeasurementsSequenceItem] | None,
        Attribute(0x00460110, "SQ", "1", "3", name="Cornea Measurements Sequence"),
    ] = None
    """Cornea Measurements Sequence (0046,0110): Type 3, VR SQ, VM 1. Cornea measurement values and source. One or more Items are permitted in this Sequence."""

    IOLFormulaCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00221028, "SQ", "1", "1", name="IOL Formula Code Sequence"),
    ]
    """IOL Formula Code Sequence (0022,1028): Type 1, VR SQ, VM 1. Formula used to calculate IOL power. Only a single Item shall be included in this Sequence."""

    IOLFormulaDetail: Annotated[
        vr.LO | None, Attribute(0x00221029, "LO", "1", "3", name="IOL Formula Detail")
    ] = None
    """IOL Formula Detail (0022,1029): Type 3, VR LO, VM 1. A free form text description of the of the IOL Formula Code Sequence (0022,1028) (e.g., a reference to the mathematical equation)."""

    OphthalmicAxialLengthSequence: Annotated[
        list[_OphthalmicAxialLengthSequenceItem],
        Attribute(0x00221012, "SQ", "1", "1", name="Ophthalmic Axial Length Sequence"),
    ]
    """Ophthalmic Axial Length Sequence (0022,1012): Type 1, VR SQ, VM 1. Axial length value and source that was used in calculation of IOL power. Only a single Item shall be included in this Sequence."""

    SurgicallyInducedAstigmatismSequence: Annotated[
        list[_CylinderSequenceItem] | None,
        Attribute(0x00221045, "SQ", "1", "3", name="Surgically Induced Astigmatism Sequence"),
    ] = None
    """Surgically Induced Astigmatism Sequence (0022,1045): Type 3, VR SQ, VM 1. The astigmatism that is expected to be induced by corneal incisions during cataract surgery. Only a single Item is permitted in this Sequence."""

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
