"""Enumerated Values and Defined Terms of Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "UnitsTerm",
]


class UnitsTerm(StrEnum):
    """Defined Terms of Units (0054,1001) in PET Series Module Attributes (C.8-60)."""

    CNTS = "CNTS"
    """counts ({counts}, UCUM, \"Counts\")"""
    NONE = "NONE"
    """unitless (1, UCUM, \"no units\")"""
    CM2 = "CM2"
    """centimeter**2 (cm2, UCUM, \"Centimeter**2\")"""
    CM2ML = "CM2ML"
    """centimeter**2/milliliter (cm2/ml, UCUM, \"Centimeter**2/milliliter\")"""
    PCNT = "PCNT"
    """percent (%, UCUM, \"Percent\")"""
    CPS = "CPS"
    """counts/second ({counts}/s, UCUM, \"Counts per second\")"""
    BQML = "BQML"
    """Becquerels/milliliter (Bq/ml, UCUM, \"Becquerels/milliliter\")"""
    MGMINML = "MGMINML"
    """milligram/minute/milliliter (mg/min/ml, UCUM, \"Milligrams/minute/milliliter\")"""
    UMOLMINML = "UMOLMINML"
    """micromole/minute/milliliter (umol/min/ml, UCUM, \"Micromole/minute/milliliter\")"""
    MLMING = "MLMING"
    """milliliter/minute/gram (ml/min/g, UCUM, \"Milliliter/minute/gram\")"""
    MLG = "MLG"
    """milliliter/gram (ml/g, UCUM, \"Milliliter/gram\")"""
    V1CM = "1CM"
    """1/centimeter (/cm, UCUM, \"/Centimeter\")"""
    UMOLML = "UMOLML"
    """micromole/milliliter (umol/ml, UCUM, \"Micromole/milliliter\")"""
    PROPCNTS = "PROPCNTS"
    """proportional to counts ({propcounts}, UCUM, \"Proportional to counts\")"""
    PROPCPS = "PROPCPS"
    """proportional to counts/sec ({propcounts}/s, UCUM, \"Proportional to counts per second\")"""
    MLMINML = "MLMINML"
    """milliliter/minute/milliliter (ml/min/ml, UCUM, \"Milliliter/minute/milliliter\")"""
    MLML = "MLML"
    """milliliter/milliliter (ml/ml, UCUM, \"Milliliter/milliliter\")"""
    GML = "GML"
    """grams/milliliter (g/ml, UCUM, \"Gram/milliliter\")"""
    STDDEV = "STDDEV"
    """standard deviations"""
