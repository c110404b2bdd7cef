"""Enumerated Values and Defined Terms of Modality.

Generated from DICOM 2099a; do not edit."""

from dicomodel.enums import ModalityTerm as ModalityTerm

__all__ = ["ModalityTerm"]
