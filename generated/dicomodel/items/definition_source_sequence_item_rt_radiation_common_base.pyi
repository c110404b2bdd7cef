"""Item class DefinitionSourceSequenceItemRTRadiationCommonBase.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    DefinitionSourceSequenceItemRTRadiationCommonBase as DefinitionSourceSequenceItemRTRadiationCommonBase,
)

__all__ = ["DefinitionSourceSequenceItemRTRadiationCommonBase"]
