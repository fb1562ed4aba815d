package fi.polku.assistant.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of HTML pages: its views get the layout's model (language, language links, CSRF token, crisis
 * contacts) from {@link PageModelAdvice}, and its errors become a friendly page, never problem JSON. The JSON API
 * keeps {@code @RestController}, so it stays cookie-less.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {}
