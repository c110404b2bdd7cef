from dicomodel.iods import CTImage
from pydicom.valuerep import PersonName


def rename(ct: CTImage) -> None:
    ct.PatientsName = PersonName("x")  # E: "CTImage" has no attribute "PatientsName"  # P: Attribute "PatientsName" is unknown
    ct.PatientName = PersonName("x")
