// NrwBot on Azure: everything one instance needs, in one resource group.
//
//   Azure Bot (Teams channel) ──▶ App Service (Linux, .NET 10) ──▶ PostgreSQL Flexible Server
//                                     │  user-assigned managed identity: the bot's credential
//                                     │  and the identity that reads Key Vault
//                                     ├─▶ Key Vault (connection string, salt, optional keys as secrets;
//                                     │   the app settings are Key Vault references)
//                                     └─▶ Application Insights (OpenTelemetry, Azure Monitor exporter)
//
// Nothing secret is in this file or in main.bicepparam: the secrets are @secure() parameters that
// main.bicepparam reads from environment variables at deployment time. README, "Deploying to Azure".

targetScope = 'resourceGroup'

@description('Short name used in every resource name (lower-case letters and digits, 3-12 characters), e.g. "nrwbot".')
@minLength(3)
@maxLength(12)
param namePrefix string = 'nrwbot'

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('The Teams display name of the bot.')
param botDisplayName string = 'NrwBot'

@description('App Service plan SKU. B1 is enough for one office network; P0v3 for more headroom.')
@allowed([
  'B1'
  'B2'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, Teams is a standard channel and costs nothing) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'nrwbotadmin'

@description('Administrator password of the PostgreSQL server. Only passed at deployment time; stored in Key Vault as part of the connection string.')
@secure()
param postgresAdminPassword string

@description('PostgreSQL compute SKU (Burstable B1ms is the smallest).')
param postgresSku string = 'Standard_B1ms'

@description('PostgreSQL major version.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '16'

@description('Secret salt of the pseudonymous user key in the question log and in telemetry (Knowledge:UserKeySalt). Keep it stable: a new salt makes earlier keys unmatchable.')
@secure()
param userKeySalt string

@description('Optional key of Azure AI Language (TextAnalytics:Key); empty keeps the offline analysis.')
@secure()
param textAnalyticsKey string = ''

@description('Optional endpoint of Azure AI Language (TextAnalytics:Endpoint).')
param textAnalyticsEndpoint string = ''

@description('Optional SMTP password for the e-mail digest (Digest:Smtp:Password).')
@secure()
param smtpPassword string = ''

@description('The LKS team id (Lks:TeamId, 19:…@thread.tacv2); can be set after the first start.')
param lksTeamId string = ''

@description('Retention of Application Insights data in days.')
@minValue(30)
@maxValue(730)
param telemetryRetentionDays int = 30

@description('Tags on every resource.')
param tags object = {
  application: 'NrwBot'
}

var suffix = uniqueString(resourceGroup().id)
var identityName = '${namePrefix}-id'
var vaultName = take('${namePrefix}kv${suffix}', 24)
var postgresName = '${namePrefix}-pg-${suffix}'
var webName = '${namePrefix}-${suffix}'
var databaseName = 'nrwbot'
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: telemetryRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-ai-${suffix}'
  location: location
  kind: 'web'
  tags: tags
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    RetentionInDays: telemetryRetentionDays
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresName
  location: location
  tags: tags
  sku: {
    name: postgresSku
    tier: startsWith(postgresSku, 'Standard_B') ? 'Burstable' : 'GeneralPurpose'
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 – 0.0.0.0 is Azure's notation for "services inside Azure", i.e. the App Service's outbound addresses.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource postgresSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'ConnectionStrings--Postgres'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
  }
}

resource saltSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'Knowledge--UserKeySalt'
  properties: {
    value: userKeySalt
  }
}

resource textAnalyticsSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(textAnalyticsKey)) {
  parent: vault
  name: 'TextAnalytics--Key'
  properties: {
    value: textAnalyticsKey
  }
}

resource smtpSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: 'Digest--Smtp--Password'
  properties: {
    value: smtpPassword
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

var baseSettings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  // The bot's credential is the managed identity; no password exists anywhere.
  { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'MicrosoftAppId', value: identity.properties.clientId }
  { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
  { name: 'ConnectionStrings__Postgres', value: '@Microsoft.KeyVault(SecretUri=${postgresSecret.properties.secretUri})' }
  { name: 'Knowledge__UserKeySalt', value: '@Microsoft.KeyVault(SecretUri=${saltSecret.properties.secretUri})' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
  { name: 'Lks__TeamId', value: lksTeamId }
  { name: 'TextAnalytics__Endpoint', value: textAnalyticsEndpoint }
]
var textAnalyticsSettings = empty(textAnalyticsKey)
  ? []
  : [{ name: 'TextAnalytics__Key', value: '@Microsoft.KeyVault(SecretUri=${textAnalyticsSecret!.properties.secretUri})' }]
var smtpSettings = empty(smtpPassword)
  ? []
  : [{ name: 'Digest__Smtp__Password', value: '@Microsoft.KeyVault(SecretUri=${smtpSecret!.properties.secretUri})' }]

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: webName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references are resolved with the user-assigned identity (not a system identity).
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz/ready'
      appCommandLine: 'dotnet NrwBot.Host.dll'
      appSettings: concat(baseSettings, textAnalyticsSettings, smtpSettings)
    }
  }
  dependsOn: [
    vaultReader
    database
    postgresFromAzure
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${suffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenant().tenantId
    developerAppInsightsApplicationId: insights.properties.AppId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot\'s Microsoft App ID (the managed identity\'s client id): the --bot-id of the Teams app package.')
output microsoftAppId string = identity.properties.clientId

@description('The messaging endpoint the Azure Bot calls.')
output messagingEndpoint string = bot.properties.endpoint

@description('Name of the web app, for "az webapp deploy".')
output webAppName string = web.name

@description('Name of the Key Vault holding the secrets.')
output keyVaultName string = vault.name

@description('Host name of the PostgreSQL server, for pg_dump.')
output postgresHost string = postgres.properties.fullyQualifiedDomainName
