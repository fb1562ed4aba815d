package fi.polku.assistant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Polku, the digital front door to work-ability and employment services. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolkuApplication {

    public static void main(String[] args) {
        SpringApplication.run(PolkuApplication.class, args);
    }
}
