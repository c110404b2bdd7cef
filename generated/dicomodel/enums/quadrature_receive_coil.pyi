"""Enumerated Values and Defined Terms of Quadrature Receive Coil.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import QuadratureReceiveCoil as QuadratureReceiveCoil
from dicomodel.enums import QuadratureReceiveCoilValue as QuadratureReceiveCoilValue

__all__ = ["QuadratureReceiveCoil", "QuadratureReceiveCoilValue"]
