#include "skill_vocabulary.h"

#include <QHash>

#include <span>

// The tables below are data, grouped by domain. Lists are '|' separated so each reads as one
// line; a skill named in several places becomes one entry of the vocabulary.

namespace Tandem::Demo {
namespace {

// EEO-1 job categories by their storage keys (core/domain/records.h eeo1CategoryKeys()).
constexpr const char *kProfessionals = "professionals";
constexpr const char *kManagers = "managers";
constexpr const char *kTechnicians = "technicians";
constexpr const char *kSales = "sales";
constexpr const char *kAdminSupport = "administrative";
constexpr const char *kService = "service";
constexpr const char *kOperatives = "operatives";

struct TrackSource
{
    const char *title;
    const char *eeo1;
    const char *skills;
};

struct DomainSource
{
    const char *name;
    const char *department;
    int weight;
    int salaryUsd;
    std::span<const TrackSource> tracks;
    const char *common;
    const char *companies;
    const char *projects;
    const char *degrees;
};

const TrackSource softwareTracks[] = {
    {"Backend Engineer", kProfessionals,
     "Java|Spring Boot|Go|Python|PostgreSQL|Redis|Apache Kafka|gRPC|REST APIs|Microservices|Distributed "
     "Systems|MySQL"},
    {"Frontend Engineer", kProfessionals,
     "JavaScript|TypeScript|React|Vue.js|Angular|HTML|CSS|Webpack|Web Accessibility|GraphQL|Next.js|Redux"},
    {"Full Stack Developer", kProfessionals,
     "Node.js|TypeScript|React|Express.js|MongoDB|PostgreSQL|Docker|Ruby on Rails|Django|REST APIs|GraphQL"},
    {"Mobile Engineer", kProfessionals,
     "Swift|Kotlin|iOS Development|Android Development|React Native|Flutter|Objective-C|Jetpack "
     "Compose|SwiftUI|Dart"},
    {"Embedded Software Engineer", kProfessionals,
     "C|C++|RTOS|Embedded Linux|ARM Cortex-M|Device Drivers|Yocto|CAN Bus|Firmware Development|Oscilloscope "
     "Debugging"},
    {"Software Engineer", kProfessionals,
     "C++|Qt|Rust|C#|.NET|Multithreading|CMake|Design Patterns|Performance Tuning|SQLite"},
    {"QA Engineer", kTechnicians,
     "Test Automation|Selenium|Cypress|Playwright|JUnit|pytest|Performance Testing|Manual Testing|Test "
     "Planning|Postman"},
};

const TrackSource dataTracks[] = {
    {"Data Scientist", kProfessionals,
     "Python|R|Machine Learning|Statistics|scikit-learn|pandas|NumPy|A/B Testing|Jupyter|Feature "
     "Engineering"},
    {"Machine Learning Engineer", kProfessionals,
     "PyTorch|TensorFlow|MLOps|Deep Learning|Computer Vision|Natural Language Processing|Model "
     "Serving|Kubeflow|Hugging Face Transformers|LLM Fine-tuning"},
    {"Data Engineer", kProfessionals,
     "Apache Spark|Apache Airflow|dbt|Snowflake|BigQuery|ETL|Data Modeling|Apache "
     "Kafka|Databricks|Scala|Hadoop"},
    {"Data Analyst", kProfessionals,
     "SQL|Microsoft Excel|Tableau|Power BI|Looker|Data Visualization|Google Analytics|Reporting|Dashboard "
     "Design"},
    {"Analytics Engineer", kProfessionals,
     "dbt|SQL|LookML|Data Warehousing|Fivetran|Dimensional Modeling|Snowflake|Data Testing"},
};

const TrackSource cloudTracks[] = {
    {"DevOps Engineer", kProfessionals,
     "Docker|Kubernetes|Terraform|Ansible|Jenkins|GitHub Actions|GitLab CI|Helm|Bash|Prometheus"},
    {"Site Reliability Engineer", kProfessionals,
     "Site Reliability Engineering|Incident Management|Grafana|Prometheus|Observability|OpenTelemetry|Chaos "
     "Engineering|Capacity Planning|On-call Leadership"},
    {"Cloud Architect", kProfessionals,
     "Amazon Web Services|Microsoft Azure|Google Cloud Platform|Cloud Architecture|Serverless|AWS "
     "Lambda|CloudFormation|Cloud Cost Optimization"},
    {"Systems Administrator", kTechnicians,
     "Linux Administration|Windows Server|Active Directory|VMware vSphere|PowerShell|Backup and "
     "Recovery|ITIL|Patch Management"},
    {"Network Engineer", kTechnicians,
     "Cisco IOS|TCP/IP|BGP|OSPF|Firewalls|SD-WAN|Juniper Junos|VPN|Wireshark"},
};

const TrackSource securityTracks[] = {
    {"Security Engineer", kProfessionals,
     "Application Security|Threat Modeling|OWASP Top 10|Penetration Testing|Burp Suite|Static "
     "Analysis|Secure Code Review|Fuzzing"},
    {"Security Analyst", kProfessionals,
     "SIEM|Splunk|Incident Response|Threat Intelligence|Endpoint Detection and Response|Vulnerability "
     "Management|SOC Operations|MITRE ATT&CK"},
    {"Cloud Security Engineer", kProfessionals,
     "Identity and Access Management|Cloud Security|Zero Trust|Key Management|Kubernetes Security|Amazon Web "
     "Services|Terraform"},
    {"GRC Specialist", kProfessionals,
     "ISO 27001|SOC 2|GDPR|Risk Assessment|NIST Cybersecurity Framework|Security Policies|Audit "
     "Management|PCI DSS"},
};

const TrackSource designTracks[] = {
    {"Product Designer", kProfessionals,
     "Figma|Sketch|Prototyping|Interaction Design|Design Systems|User Research|Wireframing|Usability "
     "Testing"},
    {"UX Researcher", kProfessionals,
     "User Research|Usability Testing|Qualitative Research|Survey Design|Journey Mapping|Personas|Card "
     "Sorting|Dovetail"},
    {"UI Designer", kProfessionals,
     "Visual Design|Typography|Adobe Illustrator|Adobe Photoshop|Iconography|Motion Design|Adobe After "
     "Effects|Color Theory"},
    {"Graphic Designer", kProfessionals,
     "Adobe InDesign|Adobe Illustrator|Branding|Print Design|Layout Design|Adobe Photoshop|Packaging Design"},
};

const TrackSource productTracks[] = {
    {"Product Manager", kProfessionals,
     "Product Strategy|Roadmapping|User Stories|Jira|Product Discovery|OKRs|Prioritization|Market "
     "Research|A/B Testing"},
    {"Technical Product Manager", kProfessionals,
     "API Design|Technical Specifications|Platform Strategy|SQL|Agile|Stakeholder Management|Jira"},
    {"Product Owner", kProfessionals,
     "Scrum|Backlog Management|Acceptance Criteria|Jira|Confluence|Sprint Planning|User Stories"},
    {"Program Manager", kManagers,
     "Program Management|Risk Management|Cross-functional Leadership|Budgeting|Dependency "
     "Management|PMP|Confluence"},
};

const TrackSource salesTracks[] = {
    {"Account Executive", kSales,
     "B2B Sales|Salesforce|Negotiation|SaaS Sales|Pipeline Management|MEDDIC|Closing|Sales "
     "Forecasting|Solution Selling"},
    {"Sales Development Representative", kSales,
     "Cold Calling|Prospecting|Outreach.io|HubSpot|Lead Qualification|Email Outreach|LinkedIn Sales "
     "Navigator"},
    {"Account Manager", kSales,
     "Account Management|Upselling|Renewals|Customer Relationship Management|Contract Negotiation|Quarterly "
     "Business Reviews"},
    {"Sales Engineer", kSales,
     "Technical Sales|Product Demos|Solution Architecture|RFP Responses|Proof of Concept|Presales"},
    {"Sales Manager", kManagers,
     "Sales Leadership|Territory Planning|Sales Coaching|Quota Setting|Sales Operations|Salesforce"},
};

const TrackSource marketingTracks[] = {
    {"Marketing Manager", kManagers,
     "Marketing Strategy|Campaign Management|Budget Management|Brand Management|Go-to-Market "
     "Strategy|Marketing Automation"},
    {"Content Marketer", kProfessionals,
     "Content Strategy|Copywriting|Search Engine Optimization|Blogging|Editorial Planning|WordPress|Content "
     "Marketing"},
    {"Growth Marketer", kProfessionals,
     "Growth Marketing|Google Ads|Meta Ads|Conversion Rate Optimization|Paid Social|Marketing "
     "Analytics|Attribution Modeling"},
    {"Product Marketing Manager", kProfessionals,
     "Product Marketing|Positioning|Messaging|Competitive Analysis|Sales Enablement|Product Launches"},
    {"Social Media Manager", kProfessionals,
     "Social Media Marketing|Community Management|Instagram|TikTok|Hootsuite|Influencer Marketing"},
};

const TrackSource financeTracks[] = {
    {"Financial Analyst", kProfessionals,
     "Financial Modeling|Microsoft Excel|FP&A|Budgeting|Forecasting|Variance Analysis|Power BI|Valuation"},
    {"Accountant", kProfessionals,
     "General Ledger|Accounts Payable|Accounts Receivable|Account Reconciliation|IFRS|US GAAP|Month-End "
     "Close|QuickBooks|Xero"},
    {"Financial Controller", kManagers,
     "Financial Reporting|Internal Controls|SOX Compliance|External Audit|Consolidation|NetSuite|Treasury"},
    {"Tax Specialist", kProfessionals, "Corporate Tax|VAT|Transfer Pricing|Tax Compliance|Tax Planning"},
    {"Payroll Specialist", kAdminSupport, "Payroll|ADP|Workday|Benefits Administration|Payroll Tax"},
};

const TrackSource healthcareTracks[] = {
    {"Registered Nurse", kProfessionals,
     "Patient Care|BLS|ACLS|Medication Administration|Epic EHR|Triage|Wound Care|Critical Care|IV Therapy"},
    {"Medical Assistant", kService,
     "Phlebotomy|Vital Signs|EHR Documentation|Medical Terminology|Patient Scheduling|HIPAA|Cerner"},
    {"Physician Assistant", kProfessionals,
     "Clinical Assessment|Differential Diagnosis|Prescribing|Emergency Medicine|Suturing|Patient Education"},
    {"Pharmacist", kProfessionals,
     "Pharmacology|Medication Therapy Management|Dispensing|Clinical Pharmacy|Drug Interactions"},
    {"Physical Therapist", kProfessionals,
     "Physical Therapy|Rehabilitation|Manual Therapy|Orthopedics|Exercise Prescription|Sports Medicine"},
    {"Clinical Research Coordinator", kTechnicians,
     "Clinical Trials|Good Clinical Practice|Informed Consent|Case Report Forms|Regulatory "
     "Submissions|REDCap"},
};

const TrackSource operationsTracks[] = {
    {"Operations Manager", kManagers,
     "Operations Management|Lean Manufacturing|Six Sigma|Process Improvement|KPI Management|Budgeting|People "
     "Management"},
    {"Supply Chain Analyst", kProfessionals,
     "Supply Chain Management|Demand Planning|Inventory Management|S&OP|SAP|Microsoft Excel|Procurement"},
    {"Logistics Coordinator", kAdminSupport,
     "Logistics|Freight Forwarding|Transportation Management|Customs Compliance|Shipping|Warehouse "
     "Management Systems"},
    {"Warehouse Supervisor", kManagers,
     "Warehouse Operations|Forklift Operation|OSHA Compliance|Inventory Control|Shift Scheduling|Safety "
     "Compliance"},
    {"Procurement Specialist", kProfessionals,
     "Strategic Sourcing|Vendor Management|Contract Management|Purchasing|Coupa|Cost Reduction"},
    {"Production Technician", kOperatives,
     "CNC Machining|Quality Inspection|Lean Manufacturing|Preventive Maintenance|GD&T|PLC Programming"},
};

const TrackSource peopleTracks[] = {
    {"HR Business Partner", kProfessionals,
     "Employee Relations|Performance Management|Organizational Development|Change Management|Employment "
     "Law|Coaching"},
    {"Technical Recruiter", kProfessionals,
     "Technical Recruiting|Sourcing|Boolean Search|Applicant Tracking Systems|Greenhouse|Lever|Structured "
     "Interviewing|Employer Branding"},
    {"HR Generalist", kProfessionals,
     "Onboarding|HRIS|Benefits Administration|HR Compliance|Workday|BambooHR|Employee Engagement"},
    {"Compensation Analyst", kProfessionals,
     "Compensation Planning|Job Evaluation|Salary Benchmarking|Equity Plans|Pay Equity Analysis"},
    {"Learning and Development Specialist", kProfessionals,
     "Training Delivery|Instructional Design|Learning Management Systems|E-learning|Leadership Development"},
};

const TrackSource customerTracks[] = {
    {"Customer Success Manager", kProfessionals,
     "Customer Success|Customer Onboarding|Churn Reduction|Gainsight|Renewals|Customer Advocacy|Net Promoter "
     "Score"},
    {"Support Engineer", kTechnicians,
     "Technical Support|Troubleshooting|Zendesk|SQL|REST APIs|Ticketing Systems|Root Cause Analysis"},
    {"Customer Service Representative", kAdminSupport,
     "Customer Service|Call Center Operations|Conflict Resolution|Intercom|Live Chat Support|Multilingual "
     "Support"},
    {"Implementation Consultant", kProfessionals,
     "Software Implementation|Solution Configuration|Data Migration|Customer Training|Project Management"},
};

const TrackSource legalTracks[] = {
    {"Corporate Counsel", kProfessionals,
     "Contract Law|Corporate Law|Mergers and Acquisitions|Commercial Contracts|Legal "
     "Research|Negotiation|Corporate Governance"},
    {"Paralegal", kTechnicians,
     "Legal Research|Document Review|E-discovery|Litigation Support|Legal Writing|Case Management"},
    {"Privacy Counsel", kProfessionals,
     "Data Privacy|GDPR|CCPA|Privacy Impact Assessments|Regulatory Compliance"},
    {"Compliance Officer", kProfessionals,
     "Compliance Management|Anti-Money Laundering|KYC|Regulatory Reporting|Policy Writing|Internal "
     "Investigations"},
};

const DomainSource domainSources[] = {
    {"Software engineering", "Engineering", 18, 135000, softwareTracks,
     "Git|Code Review|Agile|Scrum|CI/CD|Linux|Algorithms|Data Structures|System Design|Unit Testing",
     "Northwind Labs|Bluefin Software|Kestrel Systems|Pinecone Apps|Brightline Tech|Quartzware|Helix Cloud|"
     "Lumen Dynamics|Copperleaf Software|Atlas Stack|Nimbus Forge|Redwood Digital|Orbital Code|Tidewater "
     "Systems",
     "payments API|search service|checkout flow|mobile banking app|billing platform|release pipeline|"
     "authentication service|notification system|recommendation engine|customer portal|reporting backend|"
     "onboarding flow|offline sync engine|plugin framework",
     "B.Sc. in Computer Science|B.Eng. in Software Engineering|M.Sc. in Computer Science|B.Sc. in "
     "Mathematics|"
     "B.Sc. in Electrical Engineering"},
    {"Data and analytics", "Data", 8, 130000, dataTracks,
     "SQL|Python|Data Quality|Data Governance|Experimentation|Data Storytelling",
     "Meridian Analytics|Quantile Labs|Signalpath|Datawell|Ridgeline Insights|Vector Harbor|Clearsight Data|"
     "Numera|Insightful Bay|Parallax AI",
     "churn prediction model|demand forecast|customer data platform|marketing attribution model|fraud "
     "detection model|"
     "executive KPI dashboard|event tracking pipeline|pricing model|data warehouse migration|feature store",
     "M.Sc. in Statistics|B.Sc. in Mathematics|M.Sc. in Data Science|Ph.D. in Physics|B.Sc. in Economics"},
    {"Cloud and infrastructure", "Infrastructure", 6, 140000, cloudTracks,
     "Linux|Bash|Python|Infrastructure as Code|High Availability|Networking|Security Hardening",
     "Stratus Hosting|Ironclad Networks|Bastion Cloud|Keystone Infrastructure|Skyward Ops|Granite Data "
     "Centers|"
     "Latitude Networks|Ampere Hosting",
     "Kubernetes platform|multi-region failover|CI/CD platform|monitoring stack|cloud migration|"
     "disaster recovery plan|network backbone|container registry|secrets management rollout",
     "B.Sc. in Computer Science|B.Sc. in Information Technology|B.Eng. in Computer Engineering|"
     "Diploma in Network Administration"},
    {"Security", "Security", 4, 150000, securityTracks,
     "Cryptography|Network Security|Security Awareness Training|Python|Linux",
     "Sentinel Forge|Aegis Labs|Bulwark Security|Cipherline|Watchtower Cyber|Keyhole Defense|Palisade "
     "Systems",
     "SOC 2 audit|incident response playbook|vulnerability management program|zero trust rollout|"
     "bug bounty program|threat detection rules|secure SDLC|identity federation",
     "B.Sc. in Cybersecurity|B.Sc. in Computer Science|M.Sc. in Information Security|CISSP certification "
     "program"},
    {"Design", "Design", 5, 115000, designTracks,
     "Figma|Design Thinking|Accessibility Design|Information Architecture|Storyboarding",
     "Studio Marigold|Fathom Design|Lineweight|Paper Crane Studio|Kinfolk Creative|Polygon & Co|Mosaic Works",
     "design system|mobile app redesign|onboarding experience|brand refresh|checkout redesign|"
     "dashboard experience|accessibility audit|marketing website",
     "B.A. in Graphic Design|B.F.A. in Interaction Design|M.A. in Human-Computer Interaction|B.A. in "
     "Psychology"},
    {"Product", "Product", 5, 145000, productTracks,
     "Stakeholder Management|Product Analytics|Amplitude|Mixpanel|Customer Interviews",
     "Lighthouse Products|Compass Works|Tandem Harbor|Foundry Square|Beacon Street Labs|Keel & Co",
     "self-serve onboarding|pricing and packaging|mobile roadmap|platform API|enterprise admin console|"
     "marketplace launch|retention program|internationalization effort",
     "B.Sc. in Computer Science|MBA|B.A. in Economics|B.Eng. in Industrial Engineering"},
    {"Sales", "Sales", 12, 95000, salesTracks,
     "Salesforce|Negotiation|Presentation Skills|Relationship Building|CRM Hygiene",
     "Summit Revenue|Blue Harbor Trading|Crestline Partners|Vantage Point Sales|Evergreen Supply|Ironbridge "
     "Group|"
     "Harborview Solutions|Keystone Commerce",
     "enterprise pipeline|mid-market territory|partner channel|renewal book|new logo program|"
     "EMEA expansion|public sector deals|inside sales team",
     "B.A. in Business Administration|B.A. in Communications|B.Sc. in Marketing|B.A. in Economics"},
    {"Marketing", "Marketing", 7, 105000, marketingTracks,
     "HubSpot|Google Analytics|Marketo|Email Marketing|Search Engine Optimization",
     "Brightwave Media|Amplify & Co|Storyhouse Agency|Lanternfish Marketing|Bold North|Echo Creative",
     "product launch campaign|lead nurture program|brand campaign|content hub|paid acquisition funnel|"
     "customer newsletter|webinar series|partner co-marketing program",
     "B.A. in Marketing|B.A. in Communications|B.A. in Journalism|MBA"},
    {"Finance", "Finance", 7, 110000, financeTracks,
     "Microsoft Excel|SAP|ERP Systems|Attention to Detail|CPA",
     "Ledgerstone|Granite Capital|Fairway Accounting|Northbridge Finance|Silverline Partners|Copperfield & "
     "Co",
     "month-end close|annual budget|audit readiness|ERP migration|cash forecast|board reporting pack|"
     "expense policy|revenue recognition process",
     "B.Sc. in Accounting|B.A. in Finance|MBA|B.Sc. in Economics|ACCA qualification"},
    {"Healthcare", "Clinical", 10, 95000, healthcareTracks,
     "HIPAA|Patient Safety|Infection Control|CPR|Medical Terminology",
     "St. Aidan's Hospital|Riverside Health|Harbor Medical Group|Lakeshore Clinic|Northgate Health System|"
     "Meadowbrook Care|Cedar Valley Medical Center|Bayside Pharmacy",
     "patient intake process|ICU staffing rota|medication safety program|telehealth service|"
     "discharge planning|clinical trial enrollment|fall prevention program|vaccination drive",
     "B.Sc. in Nursing|Doctor of Pharmacy|M.Sc. in Physician Assistant Studies|Doctor of Physical Therapy|"
     "Certificate in Medical Assisting"},
    {"Operations and supply chain", "Operations", 8, 85000, operationsTracks,
     "Microsoft Excel|ERP Systems|Continuous Improvement|Kaizen|5S",
     "Crossdock Logistics|Riverbend Manufacturing|Pallet & Crane|Meridian Freight|Northstar Foods|Anvil "
     "Industries|"
     "Bayline Distribution",
     "distribution center|inbound logistics|supplier base|production line|inventory accuracy program|"
     "last-mile delivery|safety program|S&OP process",
     "B.Sc. in Supply Chain Management|B.Eng. in Industrial Engineering|B.A. in Business Administration|"
     "Diploma in Logistics"},
    {"People and HR", "People", 5, 95000, peopleTracks,
     "Workday|Diversity and Inclusion|Confidentiality|Communication",
     "Peoplefirst Partners|Talentry|Harbor HR|Crew & Co|Openfield People",
     "hiring plan|performance review cycle|onboarding program|engagement survey|compensation review|"
     "leadership program|HRIS rollout|employer brand",
     "B.A. in Human Resources|B.A. in Psychology|M.A. in Organizational Psychology|B.A. in Business "
     "Administration"},
    {"Customer success and support", "Customer Success", 7, 75000, customerTracks,
     "Zendesk|Salesforce|Empathy|Problem Solving",
     "Helpwise|Happy Path Support|Frontline Care|Bridgewater Services|Steady State Software",
     "support knowledge base|enterprise onboarding|renewal playbook|support escalation process|"
     "customer health score|self-service help center|24/7 support rota",
     "B.A. in Communications|B.A. in Business Administration|B.Sc. in Information Systems"},
    {"Legal", "Legal", 3, 160000, legalTracks,
     "Legal Writing|Contract Review|Risk Management|Westlaw|Attention to Detail",
     "Hale & Whitmore LLP|Carrow Legal|Stonebridge Counsel|Ashford Compliance|Linden & Park",
     "contract playbook|privacy program|litigation hold process|compliance training|vendor contract review|"
     "data processing agreements",
     "Juris Doctor|LL.B.|LL.M. in Corporate Law|Paralegal Certificate"},
};

constexpr const char *generalSkillSource
    = "Communication|Leadership|Teamwork|Project Management|Public Speaking|Mentoring|Problem Solving|"
      "Time Management|Microsoft Office|Google Workspace|Critical Thinking|Remote Collaboration|"
      "English|Spanish|German|French|Mandarin|Portuguese|Japanese|Arabic|Hindi";

class Builder
{
public:
    QList<int> addAll(const char *list)
    {
        QList<int> indices;
        const QStringList names = QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &name : names)
            indices.append(add(name));
        return indices;
    }
    QStringList skills;

private:
    int add(const QString &name)
    {
        const QString key = name.toCaseFolded();
        auto it = m_index.constFind(key);
        if (it != m_index.constEnd())
            return *it;
        skills.append(name);
        m_index.insert(key, int(skills.size() - 1));
        return int(skills.size() - 1);
    }
    QHash<QString, int> m_index;
};

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

SkillVocabulary build()
{
    SkillVocabulary vocabulary;
    Builder builder;
    for (const DomainSource &source : domainSources) {
        Domain domain;
        domain.name = QString::fromUtf8(source.name);
        domain.department = QString::fromUtf8(source.department);
        domain.weight = source.weight;
        domain.salaryUsd = source.salaryUsd;
        for (const TrackSource &trackSource : source.tracks) {
            Track track;
            track.title = QString::fromUtf8(trackSource.title);
            track.eeo1Category = QString::fromUtf8(trackSource.eeo1);
            track.skills = builder.addAll(trackSource.skills);
            domain.tracks.append(track);
        }
        domain.commonSkills = builder.addAll(source.common);
        domain.companies = split(source.companies);
        domain.projects = split(source.projects);
        domain.degrees = split(source.degrees);
        vocabulary.domainWeights.append(domain.weight);
        vocabulary.domains.append(domain);
    }
    vocabulary.generalSkills = builder.addAll(generalSkillSource);
    vocabulary.skills = builder.skills;
    return vocabulary;
}

} // namespace

const SkillVocabulary &skillVocabulary()
{
    static const SkillVocabulary vocabulary = build();
    return vocabulary;
}

} // namespace Tandem::Demo
