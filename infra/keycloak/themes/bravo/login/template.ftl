<#-- Bravo's page frame for every sign-in screen. Deliberately small: one stylesheet, no web fonts, no menu script,
     and the language switch as two plain links that work without JavaScript. -->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light">
    <meta name="theme-color" content="#b4233c">
    <meta name="robots" content="noindex, nofollow">
    <title>${msg("loginTitle",(realm.displayName!'Bravo'))}</title>
    <link rel="icon" type="image/svg+xml" href="${url.resourcesPath}/img/favicon.svg">
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
            <link href="${url.resourcesPath}/${style}" rel="stylesheet">
        </#list>
    </#if>
    <#if scripts??>
        <#list scripts as script>
            <script src="${script}" type="text/javascript"></script>
        </#list>
    </#if>
    <#-- Kept from base: a sign-in finished in another tab takes this one along instead of leaving a stale form. -->
    <script type="module">
        import { startSessionPolling } from "${url.resourcesPath}/js/authChecker.js";
        startSessionPolling("${url.ssoLoginInOtherTabsUrl?no_esc}");
    </script>
    <#if authenticationSession??>
        <script type="module">
            import { checkAuthSession } from "${url.resourcesPath}/js/authChecker.js";
            checkAuthSession("${authenticationSession.authSessionIdHash}");
        </script>
    </#if>
</head>
<body class="page ${bodyClass}" data-page-id="login-${pageId}">
<main class="card">
    <header class="card__header">
        <p class="brand"><img src="${url.resourcesPath}/img/favicon.svg" alt="" width="32" height="32"> ${realm.displayName!'Bravo'}</p>
        <#if realm.internationalizationEnabled && locale.supported?size gt 1>
            <nav class="languages" aria-label="${msg("bravoLanguages")}">
                <ul>
                    <#list locale.supported as l>
                        <li>
                            <#if l.languageTag == locale.currentLanguageTag>
                                <a href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}" aria-current="true">${l.label}</a>
                            <#else>
                                <a href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}">${l.label}</a>
                            </#if>
                        </li>
                    </#list>
                </ul>
            </nav>
        </#if>
    </header>

    <#if !(auth?has_content && auth.showUsername() && !auth.showResetCredentials())>
        <h1 id="kc-page-title"><#nested "header"></h1>
    <#else>
        <#nested "show-username">
        <h1 id="kc-page-title"><#nested "header"></h1>
        <p id="kc-username" class="attempted">
            <span id="kc-attempted-username">${auth.attemptedUsername}</span>
            <a id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
        </p>
    </#if>
    <#if displayRequiredFields>
        <p class="hint"><span class="required" aria-hidden="true">*</span> ${msg("requiredFields")}</p>
    </#if>

    <div id="kc-content">
        <#-- App-initiated actions should not see warnings about the action they are completing. -->
        <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
            <div class="alert alert--${message.type} alert-${message.type}" role="<#if message.type = 'error'>alert<#else>status</#if>">
                <span class="alert__text kc-feedback-text">${kcSanitize(message.summary)?no_esc}</span>
            </div>
        </#if>

        <#nested "form">

        <#if auth?has_content && auth.showTryAnotherWayLink()>
            <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
                <input type="hidden" name="tryAnotherWay" value="on">
                <button type="submit" class="link-button" id="try-another-way">${msg("doTryAnotherWay")}</button>
            </form>
        </#if>

        <#nested "socialProviders">

        <#if displayInfo>
            <div id="kc-info" class="info">
                <#nested "info">
            </div>
        </#if>
    </div>
</main>
</body>
</html>
</#macro>
