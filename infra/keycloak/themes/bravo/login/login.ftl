<#-- The sign-in form. Field names and ids are Keycloak's (username, password, kc-login): password managers and the
     browser journeys rely on them. Tab order follows the page; the first field gets the focus. -->
<#import "template.ftl" as layout>
<#import "passkeys.ftl" as passkeys>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=false; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" class="form" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post">
                <#assign failed = messagesPerField.existsError('username','password')>
                <#if !usernameHidden??>
                    <div class="field">
                        <label for="username" class="field__label"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
                        <input id="username" class="field__input" name="username" value="${(login.username!'')}" type="text"
                               autofocus autocapitalize="none" spellcheck="false" autocomplete="username" dir="ltr"
                               <#if failed>aria-invalid="true" aria-describedby="input-error"</#if>>
                    </div>
                </#if>

                <div class="field">
                    <label for="password" class="field__label">${msg("password")}</label>
                    <input id="password" class="field__input" name="password" type="password" autocomplete="current-password" dir="ltr"
                           <#if failed>aria-invalid="true" aria-describedby="input-error"</#if>>
                </div>

                <#if failed>
                    <p id="input-error" class="field__error" aria-live="polite">${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p>
                </#if>

                <#if (realm.rememberMe && !usernameHidden??) || realm.resetPasswordAllowed>
                    <div class="options">
                        <#if realm.rememberMe && !usernameHidden??>
                            <label class="checkbox">
                                <input id="rememberMe" name="rememberMe" type="checkbox" <#if login.rememberMe??>checked</#if>> ${msg("rememberMe")}
                            </label>
                        </#if>
                        <#if realm.resetPasswordAllowed>
                            <a href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a>
                        </#if>
                    </div>
                </#if>

                <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>>
                <input class="button button--primary button--block" name="login" id="kc-login" type="submit" value="${msg("doLogIn")}">
            </form>
        </#if>
        <@passkeys.conditionalUIData />
    </#if>
</@layout.registrationLayout>
