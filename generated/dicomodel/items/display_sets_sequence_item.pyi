"""Item class DisplaySetsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingOperationTypeTerm as BlendingOperationTypeTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DisplaySetHorizontalJustification as DisplaySetHorizontalJustification
from dicomodel.enums import DisplaySetVerticalJustification as DisplaySetVerticalJustification
from dicomodel.enums import FilterByAttributePresence as FilterByAttributePresence
from dicomodel.enums import FilterByCategoryTerm as FilterByCategoryTerm
from dicomodel.enums import FilterByOperator as FilterByOperator
from dicomodel.enums import ImageBoxLargeScrollType as ImageBoxLargeScrollType
from dicomodel.enums import ImageBoxLayoutTypeTermHangingProtocolDisplay as ImageBoxLayoutTypeTerm
from dicomodel.enums import ImageBoxScrollDirection as ImageBoxScrollDirection
from dicomodel.enums import ImageBoxSmallScrollType as ImageBoxSmallScrollType
from dicomodel.enums import ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import (
    ReformattingOperationInitialViewDirectionTerm as ReformattingOperationInitialViewDirectionTerm,
)
from dicomodel.enums import ReformattingOperationTypeTerm as ReformattingOperationTypeTerm
from dicomodel.enums import ShowAcquisitionTechniquesFlag as ShowAcquisitionTechniquesFlag
from dicomodel.enums import ShowGraphicAnnotationFlag as ShowGraphicAnnotationFlag
from dicomodel.enums import ShowGrayscaleInverted as ShowGrayscaleInverted
from dicomodel.enums import ShowImageTrueSizeFlag as ShowImageTrueSizeFlag
from dicomodel.enums import ShowPatientDemographicsFlag as ShowPatientDemographicsFlag
from dicomodel.enums import SortByCategoryTerm as SortByCategoryTerm
from dicomodel.enums import SortingDirection as SortingDirection
from dicomodel.enums import VOITypeTerm as VOITypeTerm
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import DisplaySetsSequenceItem as DisplaySetsSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FilterOperationsSequenceItem as FilterOperationsSequenceItem
from dicomodel.items import ImageBoxesSequenceItem as ImageBoxesSequenceItem
from dicomodel.items import (
    SOPInstanceReferenceItem as PseudoColorPaletteInstanceReferenceSequenceItem,
)
from dicomodel.items import SortingOperationsSequenceItem as SortingOperationsSequenceItem

__all__ = [
    "BlendingOperationTypeTerm",
    "ContextGroupExtensionFlag",
    "DisplaySetHorizontalJustification",
    "DisplaySetVerticalJustification",
    "DisplaySetsSequenceItem",
    "EquivalentCodeSequenceItem",
    "FilterByAttributePresence",
    "FilterByCategoryTerm",
    "FilterByOperator",
    "FilterOperationsSequenceItem",
    "ImageBoxLargeScrollType",
    "ImageBoxLayoutTypeTerm",
    "ImageBoxScrollDirection",
    "ImageBoxSmallScrollType",
    "ImageBoxesSequenceItem",
    "ImageSetSelectorUsageFlag",
    "MappingResourceTerm",
    "PseudoColorPaletteInstanceReferenceSequenceItem",
    "ReformattingOperationInitialViewDirectionTerm",
    "ReformattingOperationTypeTerm",
    "SelectorCodeSequenceValueItem",
    "ShowAcquisitionTechniquesFlag",
    "ShowGraphicAnnotationFlag",
    "ShowGrayscaleInverted",
    "ShowImageTrueSizeFlag",
    "ShowPatientDemographicsFlag",
    "SortByCategoryTerm",
    "SortingDirection",
    "SortingOperationsSequenceItem",
    "VOITypeTerm",
]
