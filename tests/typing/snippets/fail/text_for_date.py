from dicomodel.modules import PatientModule
from pydicom.valuerep import PersonName

PatientModule(
    PatientName=PersonName("Doe^John"),
    PatientID="12345",
    PatientBirthDate="19700131",  # E: Argument "PatientBirthDate" to "PatientModule" has incompatible type "str"
    PatientSex=None,
)
