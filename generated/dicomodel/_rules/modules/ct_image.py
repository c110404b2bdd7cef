"""Presence rules of CT Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTImageModule = (
    "table_C.8-3",
    (
        ("ImageType", Attribute(0x00080008, "CS", "2-n", "1", name="Image Type"), None),
        (
            "MultienergyCTAcquisition",
            Attribute(
                0x00189361,
                "CS",
                "1",
                "3",
                name="Multi-energy CT Acquisition",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)
            ),
            None,
        ),
        (
            "PhotometricInterpretation",
            Attribute(
                0x00280004,
                "CS",
                "1",
                "1",
                name="Photometric Interpretation",
                enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
            ),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("16",)),)
            ),
            None,
        ),
        (
            "BitsStored",
            Attribute(
                0x00280101,
                "US",
                "1",
                "1",
                name="Bits Stored",
                enumerated=((0, ("12", "13", "14", "15", "16")),),
            ),
            None,
        ),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        ("RescaleIntercept", Attribute(0x00281052, "DS", "1", "1", name="Rescale Intercept"), None),
        ("RescaleSlope", Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope"), None),
        (
            "RescaleType",
            Attribute(
                0x00281054,
                "LO",
                "1",
                "1C",
                name="Rescale Type",
                when=(
                    "or",
                    ("value", 0x00281054, 0, "not_in", ("HU",)),
                    ("value", 0x00189361, 0, "in", ("YES",)),
                ),
                otherwise="may",
            ),
            None,
        ),
        ("KVP", Attribute(0x00180060, "DS", "1", "2", name="KVP"), None),
        (
            "AcquisitionNumber",
            Attribute(0x00200012, "IS", "1", "2", name="Acquisition Number"),
            None,
        ),
        ("ScanOptions", Attribute(0x00180022, "CS", "1-n", "3", name="Scan Options"), None),
        (
            "DataCollectionDiameter",
            Attribute(0x00180090, "DS", "1", "3", name="Data Collection Diameter"),
            None,
        ),
        (
            "DataCollectionCenterPatient",
            Attribute(0x00189313, "FD", "3", "3", name="Data Collection Center (Patient)"),
            None,
        ),
        (
            "ReconstructionDiameter",
            Attribute(0x00181100, "DS", "1", "3", name="Reconstruction Diameter"),
            None,
        ),
        (
            "ReconstructionTargetCenterPatient",
            Attribute(0x00189318, "FD", "3", "3", name="Reconstruction Target Center (Patient)"),
            None,
        ),
        (
            "DistanceSourceToDetector",
            Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector"),
            None,
        ),
        (
            "DistanceSourceToPatient",
            Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient"),
            None,
        ),
        (
            "GantryDetectorTilt",
            Attribute(0x00181120, "DS", "1", "3", name="Gantry/Detector Tilt"),
            None,
        ),
        ("TableHeight", Attribute(0x00181130, "DS", "1", "3", name="Table Height"), None),
        (
            "RotationDirection",
            Attribute(
                0x00181140,
                "CS",
                "1",
                "3",
                name="Rotation Direction",
                enumerated=((0, ("CW", "CC")),),
            ),
            None,
        ),
        ("ExposureTime", Attribute(0x00181150, "IS", "1", "3", name="Exposure Time"), None),
        ("XRayTubeCurrent", Attribute(0x00181151, "IS", "1", "3", name="X-Ray Tube Current"), None),
        ("Exposure", Attribute(0x00181152, "IS", "1", "3", name="Exposure"), None),
        ("ExposureInuAs", Attribute(0x00181153, "IS", "1", "3", name="Exposure in µAs"), None),
        ("FilterType", Attribute(0x00181160, "SH", "1", "3", name="Filter Type"), None),
        ("FilterMaterial", Attribute(0x00187050, "CS", "1-n", "3", name="Filter Material"), None),
        ("GeneratorPower", Attribute(0x00181170, "IS", "1", "3", name="Generator Power"), None),
        ("FocalSpots", Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)"), None),
        (
            "ConvolutionKernel",
            Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel"),
            None,
        ),
        ("RevolutionTime", Attribute(0x00189305, "FD", "1", "3", name="Revolution Time"), None),
        (
            "SingleCollimationWidth",
            Attribute(0x00189306, "FD", "1", "3", name="Single Collimation Width"),
            None,
        ),
        (
            "TotalCollimationWidth",
            Attribute(0x00189307, "FD", "1", "3", name="Total Collimation Width"),
            None,
        ),
        ("TableSpeed", Attribute(0x00189309, "FD", "1", "3", name="Table Speed"), None),
        (
            "TableFeedPerRotation",
            Attribute(0x00189310, "FD", "1", "3", name="Table Feed per Rotation"),
            None,
        ),
        (
            "SpiralPitchFactor",
            Attribute(0x00189311, "FD", "1", "3", name="Spiral Pitch Factor"),
            None,
        ),
        (
            "ExposureModulationType",
            Attribute(0x00189323, "CS", "1-n", "3", name="Exposure Modulation Type"),
            None,
        ),
        ("CTDIvol", Attribute(0x00189345, "FD", "1", "3", name="CTDIvol"), None),
        (
            "CTDIPhantomTypeCodeSequence",
            Attribute(0x00189346, "SQ", "1", "3", name="CTDI Phantom Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "WaterEquivalentDiameter",
            Attribute(0x00181271, "FD", "1", "3", name="Water Equivalent Diameter"),
            None,
        ),
        (
            "WaterEquivalentDiameterCalculationMethodCodeSequence",
            Attribute(
                0x00181272,
                "SQ",
                "1",
                "1C",
                name="Water Equivalent Diameter Calculation Method Code Sequence",
                when=("present", 0x00181271),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ImageAndFluoroscopyAreaDoseProduct",
            Attribute(0x0018115E, "DS", "1", "3", name="Image and Fluoroscopy Area Dose Product"),
            None,
        ),
        (
            "AnatomicRegionSequence",
            Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
            Lazy("dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"),
        ),
        (
            "PrimaryAnatomicStructureSequence",
            Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
            Lazy(
                "dicomodel.items.primary_anatomic_structure_sequence_item",
                "PrimaryAnatomicStructureSequenceItem",
            ),
        ),
        (
            "ViewCodeSequence",
            Attribute(0x00540220, "SQ", "1", "3", name="View Code Sequence"),
            Lazy(
                "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
                "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
            ),
        ),
        (
            "SliceProgressionDirection",
            Attribute(
                0x00540500,
                "CS",
                "1",
                "3",
                name="Slice Progression Direction",
                enumerated=(
                    (
                        0,
                        (
                            "APEX_TO_BASE",
                            "BASE_TO_APEX",
                            "ANT_TO_INF",
                            "INF_TO_ANT",
                            "SEPTUM_TO_WALL",
                            "WALL_TO_SEPTUM",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "CalciumScoringMassFactorPatient",
            Attribute(0x00189351, "FL", "1", "3", name="Calcium Scoring Mass Factor Patient"),
            None,
        ),
        (
            "CalciumScoringMassFactorDevice",
            Attribute(0x00189352, "FL", "3", "3", name="Calcium Scoring Mass Factor Device"),
            None,
        ),
        (
            "EnergyWeightingFactor",
            Attribute(
                0x00189353,
                "FL",
                "1",
                "1C",
                name="Energy Weighting Factor",
                when=("code", 0x00089215, (("113097", "DCM"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "CTAdditionalXRaySourceSequence",
            Attribute(0x00189360, "SQ", "1", "3", name="CT Additional X-Ray Source Sequence"),
            Lazy(
                "dicomodel.items.ct_additional_x_ray_source_sequence_item_ct_image",
                "CTAdditionalXRaySourceSequenceItemCTImage",
            ),
        ),
        (
            "EquipmentFrameOfReferenceUID",
            Attribute(
                0x300A0675,
                "UI",
                "1",
                "1C",
                name="Equipment Frame of Reference UID",
                when=("or", ("present", 0x300A07A1), ("present", 0x300A07A0)),
            ),
            None,
        ),
        (
            "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence",
            Attribute(
                0x300A07A1,
                "SQ",
                "1",
                "3",
                name="Imaging Equipment to Treatment Delivery Device Relationship Sequence",
            ),
            Lazy(
                "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
                "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
            ),
        ),
        (
            "IsocenterPosition",
            Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position"),
            None,
        ),
        (
            "PatientToEquipmentRelationshipSequence",
            Attribute(
                0x300A07A0, "SQ", "1", "3", name="Patient to Equipment Relationship Sequence"
            ),
            Lazy(
                "dicomodel.items.patient_to_equipment_relationship_sequence_item",
                "PatientToEquipmentRelationshipSequenceItem",
            ),
        ),
        (
            "PatientTreatmentPreparationSequence",
            Attribute(0x300A079F, "SQ", "1", "3", name="Patient Treatment Preparation Sequence"),
            Lazy(
                "dicomodel.items.rt_patient_treatment_preparation_item",
                "RTPatientTreatmentPreparationItem",
            ),
        ),
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
            Lazy(
                "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
                "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
            ),
        ),
    ),
)
